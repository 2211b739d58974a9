, coded AS (
  SELECT person_id, code, onset_date AS d, resolved_date FROM condition
  UNION ALL SELECT person_id, code, obs_date, NULL FROM observation),
reg AS (SELECT person_id,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'af')) AS af,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp')) AS hyp,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp_res')) AS hyp_res,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hf')) AS hf,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hf_res')) AS hf_res,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'dm')) AS dm,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'dm_res')) AS dm_res,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name IN ('stroke', 'tia'))) AS stia,
    MAX(d) FILTER (WHERE code IN (SELECT code FROM hand_codes WHERE list_name IN ('chd', 'pad', 'mi'))) AS vasc
  FROM coded WHERE d <= :pe AND (resolved_date IS NULL OR resolved_date > :pe) GROUP BY person_id),
oac AS (SELECT DISTINCT person_id FROM medication WHERE issue_date > :pe6 AND issue_date <= :pe
  AND code IN (SELECT code FROM hand_codes WHERE list_name IN ('doac', 'warfarin'))),
scored AS (
  SELECT pop_age.*, reg.person_id IS NOT NULL AS has, oac.person_id IS NOT NULL AS on_oac,
    (CASE WHEN hf IS NOT NULL AND (hf_res IS NULL OR hf > hf_res) THEN 1 ELSE 0 END
     + CASE WHEN hyp IS NOT NULL AND (hyp_res IS NULL OR hyp > hyp_res) THEN 1 ELSE 0 END
     + CASE WHEN age >= 75 THEN 2 WHEN age >= 65 THEN 1 ELSE 0 END
     + CASE WHEN dm IS NOT NULL AND (dm_res IS NULL OR dm > dm_res) THEN 1 ELSE 0 END
     + CASE WHEN stia IS NOT NULL THEN 2 ELSE 0 END + CASE WHEN vasc IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN sex = 'F' THEN 1 ELSE 0 END) AS chads
  FROM pop_age JOIN reg USING (person_id) LEFT JOIN oac USING (person_id) WHERE reg.af IS NOT NULL)
SELECT practice_code, pcn_code, district_code, place_code, icp_code, lsoa_code, imd_decile, imd_quintile, core20,
  ethnic_group, sex, age_band, COUNT(*) FILTER (WHERE on_oac) AS numerator, COUNT(*) AS denominator
FROM scored WHERE chads >= 2
GROUP BY GROUPING SETS ((), (practice_code), (pcn_code), (district_code), (place_code), (icp_code), (lsoa_code),
  (imd_decile), (imd_quintile), (core20), (ethnic_group), (sex), (age_band))

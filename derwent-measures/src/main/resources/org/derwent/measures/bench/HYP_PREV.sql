, coded AS (
  SELECT person_id, code, onset_date AS d, resolved_date FROM condition
  UNION ALL SELECT person_id, code, obs_date, NULL FROM observation),
hyp AS (SELECT person_id, MAX(d) AS d FROM coded WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp')
  AND d <= :pe AND (resolved_date IS NULL OR resolved_date > :pe) GROUP BY person_id),
res AS (SELECT person_id, MAX(d) AS d FROM coded WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp_res')
  AND d <= :pe GROUP BY person_id)
SELECT practice_code, pcn_code, district_code, place_code, icp_code, lsoa_code, imd_decile, imd_quintile, core20,
  ethnic_group, sex, age_band,
  COUNT(*) FILTER (WHERE hyp.d IS NOT NULL AND (res.d IS NULL OR hyp.d > res.d)) AS numerator, COUNT(*) AS denominator
FROM pop_age LEFT JOIN hyp USING (person_id) LEFT JOIN res USING (person_id)
GROUP BY GROUPING SETS ((), (practice_code), (pcn_code), (district_code), (place_code), (icp_code), (lsoa_code),
  (imd_decile), (imd_quintile), (core20), (ethnic_group), (sex), (age_band))

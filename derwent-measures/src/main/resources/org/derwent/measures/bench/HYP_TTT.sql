, coded AS (
  SELECT person_id, code, onset_date AS d, resolved_date FROM condition
  UNION ALL SELECT person_id, code, obs_date, NULL FROM observation),
hyp AS (SELECT person_id, MAX(d) AS d FROM coded WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp')
  AND d <= :pe AND (resolved_date IS NULL OR resolved_date > :pe) GROUP BY person_id),
res AS (SELECT person_id, MAX(d) AS d FROM coded WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'hyp_res')
  AND d <= :pe GROUP BY person_id),
sbp AS (SELECT DISTINCT ON (person_id) person_id, obs_date, value FROM observation
  WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'systolic') AND obs_date <= :pe AND value IS NOT NULL
  ORDER BY person_id, obs_date DESC, value ASC),
dbp AS (SELECT DISTINCT ON (person_id) person_id, obs_date, value FROM observation
  WHERE code IN (SELECT code FROM hand_codes WHERE list_name = 'diastolic') AND obs_date <= :pe AND value IS NOT NULL
  ORDER BY person_id, obs_date DESC, value ASC)
SELECT practice_code, pcn_code, district_code, place_code, icp_code, lsoa_code, imd_decile, imd_quintile, core20,
  ethnic_group, sex, age_band,
  COUNT(*) FILTER (WHERE sbp.obs_date > :pe12 AND dbp.obs_date > :pe12 AND dbp.value <= 90
    AND ((age < 80 AND sbp.value <= 140) OR (age >= 80 AND sbp.value <= 150))) AS numerator,
  COUNT(*) AS denominator
FROM pop_age JOIN hyp USING (person_id) LEFT JOIN res USING (person_id) LEFT JOIN sbp USING (person_id)
  LEFT JOIN dbp USING (person_id)
WHERE (res.d IS NULL OR hyp.d > res.d) AND age >= 18
GROUP BY GROUPING SETS ((), (practice_code), (pcn_code), (district_code), (place_code), (icp_code), (lsoa_code),
  (imd_decile), (imd_quintile), (core20), (ethnic_group), (sex), (age_band))

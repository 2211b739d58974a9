, ea AS (SELECT person_id, COUNT(*) AS n FROM encounter WHERE setting = 'admitted'
  AND admission_method IN ('21', '22', '23', '24', '25', '2A', '2B', '2C', '2D') AND start_date > :pe12 AND start_date <= :pe
  GROUP BY person_id)
SELECT practice_code, pcn_code, district_code, place_code, icp_code, lsoa_code, imd_decile, imd_quintile, core20,
  ethnic_group, sex, age_band, COALESCE(SUM(ea.n), 0) AS numerator, COUNT(*) AS denominator
FROM pop_age LEFT JOIN ea USING (person_id)
GROUP BY GROUPING SETS ((), (practice_code), (pcn_code), (district_code), (place_code), (icp_code), (lsoa_code),
  (imd_decile), (imd_quintile), (core20), (ethnic_group), (sex), (age_band))

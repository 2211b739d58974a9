WITH reg AS (
  SELECT DISTINCT ON (r.person_id) r.person_id, r.practice_code
  FROM registration r JOIN person p ON p.person_id = r.person_id
  WHERE r.start_date <= :pe AND (r.end_date IS NULL OR r.end_date >= :pe) AND (p.death_date IS NULL OR p.death_date > :pe)
  ORDER BY r.person_id, r.start_date DESC, r.practice_code DESC),
pop AS (
  SELECT p.person_id, reg.practice_code, COALESCE(op.pcn_code, 'UNKNOWN') AS pcn_code,
    COALESCE(op.district_code, 'UNKNOWN') AS district_code, COALESCE(gd.place_code, 'UNKNOWN') AS place_code,
    COALESCE(gd.icp_code, 'UNKNOWN') AS icp_code, p.lsoa_code, COALESCE(gl.imd_decile::text, 'UNKNOWN') AS imd_decile,
    COALESCE(gl.imd_quintile::text, 'UNKNOWN') AS imd_quintile,
    CASE WHEN gl.core20 IS NULL THEN 'UNKNOWN' WHEN gl.core20 THEN 'Y' ELSE 'N' END AS core20,
    COALESCE(p.ethnic_group, 'unknown') AS ethnic_group, COALESCE(p.sex, 'U') AS sex,
    ((EXTRACT(YEAR FROM :pe) * 12 + EXTRACT(MONTH FROM :pe))::int - (p.birth_year * 12 + p.birth_month)) / 12 AS age
  FROM person p JOIN reg ON reg.person_id = p.person_id
  LEFT JOIN org_practice op ON op.practice_code = reg.practice_code
  LEFT JOIN geo_district gd ON gd.district_code = op.district_code
  LEFT JOIN geo_lsoa gl ON gl.lsoa_code = p.lsoa_code),
pop_age AS (
  SELECT pop.*, CASE WHEN age >= 85 THEN '85+' WHEN age >= 75 THEN '75-84' WHEN age >= 65 THEN '65-74'
    WHEN age >= 40 THEN '40-64' WHEN age >= 18 THEN '18-39' ELSE '0-17' END AS age_band FROM pop)

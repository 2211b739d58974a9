-- population
SELECT s.person_id AS person_id,
  COALESCE(s.sex, CAST(? AS VARCHAR)) AS sex,
  COALESCE(s.ethnic_group, CAST(? AS VARCHAR)) AS ethnic_group,
  s.ethnic_category AS ethnic_category,
  ((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) AS age,
  s.death_date AS death_date,
  gl.imd_decile AS imd_decile,
  CASE WHEN (s.death_date IS NULL) THEN 1 ELSE CASE WHEN (s.death_date > CAST(? AS DATE)) THEN 1 ELSE 0 END END AS registered,
  CASE WHEN (s.death_date IS NULL) THEN 0 ELSE CASE WHEN (s.death_date <= CAST(? AS DATE)) THEN 1 ELSE 0 END END AS died,
  COALESCE(gd.place_code, CAST(? AS VARCHAR)) AS b_place,
  COALESCE(gd.icp_code, CAST(? AS VARCHAR)) AS b_icp,
  COALESCE(op.district_code, CAST(? AS VARCHAR)) AS b_district,
  COALESCE(op.pcn_code, CAST(? AS VARCHAR)) AS b_pcn,
  COALESCE(s.practice_code, CAST(? AS VARCHAR)) AS b_practice,
  COALESCE(s.lsoa_code, CAST(? AS VARCHAR)) AS b_lsoa,
  COALESCE(CAST(CAST(gl.imd_quintile AS INTEGER) AS VARCHAR), CAST(? AS VARCHAR)) AS b_imd_quintile,
  COALESCE(CAST(CAST(gl.imd_decile AS INTEGER) AS VARCHAR), CAST(? AS VARCHAR)) AS b_imd_decile,
  CASE WHEN (gl.core20 IS NULL) THEN CAST(? AS VARCHAR) ELSE CASE WHEN (gl.core20 = CAST(? AS BOOLEAN)) THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END END AS b_core20,
  COALESCE(s.ethnic_group, CAST(? AS VARCHAR)) AS b_ethnicity,
  CASE WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 85) THEN CAST(? AS VARCHAR) WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 75) THEN CAST(? AS VARCHAR) WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 65) THEN CAST(? AS VARCHAR) WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 40) THEN CAST(? AS VARCHAR) WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 18) THEN CAST(? AS VARCHAR) WHEN (((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) >= 0) THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END AS b_age_band,
  COALESCE(s.sex, CAST(? AS VARCHAR)) AS b_sex,
  COALESCE(LEAST((((((EXTRACT(YEAR FROM s.ref_date) * 12) + EXTRACT(MONTH FROM s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) // 12) // 5), 18), -1) AS b_esp
FROM (
SELECT p.person_id AS person_id,
  p.sex AS sex,
  p.ethnic_group AS ethnic_group,
  p.ethnic_category AS ethnic_category,
  p.birth_year AS birth_year,
  p.birth_month AS birth_month,
  p.lsoa_code AS lsoa_code,
  p.death_date AS death_date,
  CASE WHEN ((p.death_date IS NOT NULL) AND (p.death_date <= CAST(? AS DATE))) THEN p.death_date ELSE CAST(? AS DATE) END AS ref_date,
  r.practice_code AS practice_code,
  ROW_NUMBER() OVER (PARTITION BY p.person_id ORDER BY r.start_date DESC, r.practice_code DESC) AS rn
FROM person p
JOIN registration r ON (r.person_id = p.person_id)
WHERE (((p.death_date IS NULL) OR (p.death_date > CAST(? AS DATE))) AND ((r.start_date <= CASE WHEN ((p.death_date IS NOT NULL) AND (p.death_date <= CAST(? AS DATE))) THEN p.death_date ELSE CAST(? AS DATE) END) AND ((r.end_date IS NULL) OR (r.end_date >= CASE WHEN ((p.death_date IS NOT NULL) AND (p.death_date <= CAST(? AS DATE))) THEN p.death_date ELSE CAST(? AS DATE) END))))
) s
LEFT JOIN org_practice op ON (op.practice_code = s.practice_code)
LEFT JOIN geo_district gd ON (gd.district_code = op.district_code)
LEFT JOIN geo_lsoa gl ON (gl.lsoa_code = s.lsoa_code)
WHERE (s.rn = 1)
-- params: TEXT:U, TEXT:unknown, DATE:2024-03-31, DATE:2024-03-31, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, TEXT:UNKNOWN, BOOLEAN:true, TEXT:Y, TEXT:N, TEXT:unknown, TEXT:85+, TEXT:75-84, TEXT:65-74, TEXT:40-64, TEXT:18-39, TEXT:0-17, TEXT:UNKNOWN, TEXT:U, DATE:2024-03-31, DATE:2024-03-31, DATE:2023-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2024-03-31

-- patient variables
CREATE TEMPORARY TABLE m_pv AS
SELECT l1.*,
  CASE WHEN ((l1.v_hyp_reg = 1) AND (l1.v_sbp > CAST(? AS DOUBLE))) THEN 1 ELSE 0 END AS v_smi,
  0 AS v_ld,
  CASE WHEN (CASE WHEN ((l1.v_hyp_reg = 1) AND (l1.v_sbp > CAST(? AS DOUBLE))) THEN 1 ELSE 0 END = 1) THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END AS b_smi,
  CASE WHEN (0 = 1) THEN CAST(? AS VARCHAR) ELSE CAST(? AS VARCHAR) END AS b_ld
FROM (
SELECT p.person_id AS person_id,
  p.sex AS sex,
  p.ethnic_group AS ethnic_group,
  p.ethnic_category AS ethnic_category,
  p.age AS age,
  p.death_date AS death_date,
  p.imd_decile AS imd_decile,
  p.registered AS registered,
  p.died AS died,
  p.b_place AS b_place,
  p.b_icp AS b_icp,
  p.b_district AS b_district,
  p.b_pcn AS b_pcn,
  p.b_practice AS b_practice,
  p.b_lsoa AS b_lsoa,
  p.b_imd_quintile AS b_imd_quintile,
  p.b_imd_decile AS b_imd_decile,
  p.b_core20 AS b_core20,
  p.b_ethnicity AS b_ethnicity,
  p.b_age_band AS b_age_band,
  p.b_sex AS b_sex,
  p.b_esp AS b_esp,
  CASE WHEN (pl.r1_hyp_reg IS NOT NULL) THEN CASE WHEN (pl.r2_hyp_reg IS NULL) THEN 1 ELSE CASE WHEN (pl.r1_hyp_reg > pl.r2_hyp_reg) THEN 1 ELSE 0 END END ELSE 0 END AS v_hyp_reg,
  lv.v_sbp AS v_sbp,
  COALESCE(enc.v_ea_90d_death, 0) AS v_ea_90d_death,
  COALESCE(x_falls_ea.n, 0) AS v_falls_ea
FROM m_pop p
LEFT JOIN (
SELECT e.person_id AS person_id,
  MAX(CASE WHEN (e.list_id = 1) THEN e.max_du END) AS r1_hyp_reg,
  MAX(CASE WHEN (e.list_id = 2) THEN e.max_d END) AS r2_hyp_reg
FROM m_pl e
WHERE (e.list_id IN (1, 2))
GROUP BY e.person_id
) pl ON (pl.person_id = p.person_id)
LEFT JOIN (
SELECT x.person_id AS person_id,
  COUNT(DISTINCT x.record_id) AS n
FROM encounter x
JOIN m_pop pp ON (pp.person_id = x.person_id)
JOIN diagnosis dg ON (dg.encounter_id = x.record_id)
JOIN m_codes c ON (((c.list_id = 4) AND (c.code_system = dg.code_system)) AND ((c.code = REPLACE(dg.code, CAST(? AS VARCHAR), CAST(? AS VARCHAR))) OR (c.code = SUBSTR(REPLACE(dg.code, CAST(? AS VARCHAR), CAST(? AS VARCHAR)), 1, 3))))
WHERE (((x.setting = CAST(? AS VARCHAR)) AND (x.admission_method IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)))) AND ((x.start_date > CAST(? AS DATE)) AND (x.start_date <= CAST(? AS DATE))))
GROUP BY x.person_id
) x_falls_ea ON (x_falls_ea.person_id = p.person_id)
LEFT JOIN (
SELECT person_id AS person_id,
  MIN(CASE WHEN ((list_id = 3) AND ((d > CAST(? AS DATE)) AND (d <= CAST(? AS DATE)))) THEN vmin END) AS v_sbp
FROM m_last
GROUP BY person_id
) lv ON (lv.person_id = p.person_id)
LEFT JOIN (
SELECT x.person_id AS person_id,
  SUM(CASE WHEN (((x.setting = CAST(? AS VARCHAR)) AND (x.admission_method IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)))) AND ((((pp.death_date IS NOT NULL) AND (x.start_date <= CAST(? AS DATE))) AND (x.start_date > (pp.death_date - CAST(? AS INTEGER)))) AND (x.start_date <= pp.death_date))) THEN 1 ELSE 0 END) AS v_ea_90d_death
FROM encounter x
JOIN m_pop pp ON (pp.person_id = x.person_id)
WHERE (((x.setting IN (CAST(? AS VARCHAR))) AND (x.start_date > CAST(? AS DATE))) AND (x.start_date <= CAST(? AS DATE)))
GROUP BY x.person_id
) enc ON (enc.person_id = p.person_id)
) l1
-- params: DOUBLE:200.0, DOUBLE:200.0, TEXT:Y, TEXT:N, TEXT:Y, TEXT:N, TEXT:., TEXT:, TEXT:., TEXT:, TEXT:admitted, TEXT:21, TEXT:22, TEXT:23, TEXT:24, TEXT:25, TEXT:2A, TEXT:2B, TEXT:2C, TEXT:2D, DATE:2023-03-31, DATE:2024-03-31, DATE:2023-03-31, DATE:2024-03-31, TEXT:admitted, TEXT:21, TEXT:22, TEXT:23, TEXT:24, TEXT:25, TEXT:2A, TEXT:2B, TEXT:2C, TEXT:2D, DATE:2024-03-31, INTEGER:90, TEXT:admitted, DATE:2022-12-31, DATE:2024-03-31

-- aggregate
SELECT b_practice AS b_practice,
  b_sex AS b_sex,
  SUM(CASE WHEN (((registered = 1) AND ((v_hyp_reg = 1) AND (age >= CAST(? AS DOUBLE)))) AND (((age < CAST(? AS DOUBLE)) AND (v_sbp <= CAST(? AS DOUBLE))) OR ((age >= CAST(? AS DOUBLE)) AND (v_sbp <= CAST(? AS DOUBLE))))) THEN 1 ELSE 0 END) AS n_0,
  SUM(CASE WHEN ((registered = 1) AND ((v_hyp_reg = 1) AND (age >= CAST(? AS DOUBLE)))) THEN 1 ELSE 0 END) AS d_0
FROM m_pv
GROUP BY GROUPING SETS ((),
  (b_practice),
  (b_sex))
-- params: DOUBLE:18.0, DOUBLE:80.0, DOUBLE:140.0, DOUBLE:80.0, DOUBLE:150.0, DOUBLE:18.0

-- population
SELECT s.person_id AS person_id,
  COALESCE(s.sex, CAST(? AS STRING)) AS sex,
  COALESCE(s.ethnic_group, CAST(? AS STRING)) AS ethnic_group,
  s.ethnic_category AS ethnic_category,
  ((((year(s.ref_date) * 12) + month(s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) div 12) AS age,
  s.death_date AS death_date,
  gl.imd_decile AS imd_decile,
  CASE WHEN (s.death_date IS NULL) THEN 1 ELSE CASE WHEN (s.death_date > CAST(? AS DATE)) THEN 1 ELSE 0 END END AS registered,
  CASE WHEN (s.death_date IS NULL) THEN 0 ELSE CASE WHEN (s.death_date <= CAST(? AS DATE)) THEN 1 ELSE 0 END END AS died,
  s.registration_date AS registration_date,
  COALESCE(s.practice_code, CAST(? AS STRING)) AS b_practice,
  COALESCE(s.lsoa_code, CAST(? AS STRING)) AS b_lsoa,
  COALESCE(LEAST((((((year(s.ref_date) * 12) + month(s.ref_date)) - ((s.birth_year * 12) + s.birth_month)) div 12) div 5), 18), -1) AS b_esp
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
  r.start_date AS registration_date,
  ROW_NUMBER() OVER (PARTITION BY p.person_id ORDER BY r.start_date DESC, r.practice_code DESC) AS rn
FROM person p
JOIN registration r ON (r.person_id = p.person_id)
WHERE ((((p.death_date IS NULL) OR (p.death_date > CAST(? AS DATE))) AND ((r.start_date <= CASE WHEN ((p.death_date IS NOT NULL) AND (p.death_date <= CAST(? AS DATE))) THEN p.death_date ELSE CAST(? AS DATE) END) AND ((r.end_date IS NULL) OR (r.end_date >= CASE WHEN ((p.death_date IS NOT NULL) AND (p.death_date <= CAST(? AS DATE))) THEN p.death_date ELSE CAST(? AS DATE) END)))) AND ((r.start_date <= CAST(? AS DATE)) AND ((r.end_date IS NULL) OR (r.end_date > CAST(? AS DATE)))))
) s
LEFT JOIN geo_lsoa gl ON (gl.lsoa_code = s.lsoa_code)
WHERE (s.rn = 1)
-- params: TEXT:U, TEXT:unknown, DATE:2024-03-31, DATE:2024-03-31, TEXT:UNKNOWN, TEXT:UNKNOWN, DATE:2024-03-31, DATE:2024-03-31, DATE:2023-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2024-03-31, DATE:2023-03-31

-- patient variables
CACHE TABLE m_pv AS
SELECT l1.*,
  CASE WHEN ((l1.v_hyp_reg = 1) AND (l1.v_sbp > CAST(? AS DOUBLE))) THEN 1 ELSE 0 END AS v_smi,
  0 AS v_ld
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
  p.registration_date AS registration_date,
  p.b_practice AS b_practice,
  p.b_lsoa AS b_lsoa,
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
JOIN m_codes c ON (((c.list_id = 4) AND (c.code_system = dg.code_system)) AND ((c.code = REPLACE(dg.code, CAST(? AS STRING), CAST(? AS STRING))) OR (c.code = SUBSTR(REPLACE(dg.code, CAST(? AS STRING), CAST(? AS STRING)), 1, 3))))
WHERE (((x.setting = CAST(? AS STRING)) AND (x.admission_method IN (CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING)))) AND ((x.start_date > CAST(? AS DATE)) AND (x.start_date <= CAST(? AS DATE))))
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
  SUM(CASE WHEN (((x.setting = CAST(? AS STRING)) AND (x.admission_method IN (CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING), CAST(? AS STRING)))) AND ((((pp.death_date IS NOT NULL) AND (x.start_date <= CAST(? AS DATE))) AND (x.start_date > date_sub(pp.death_date, CAST(? AS INT)))) AND (x.start_date <= pp.death_date))) THEN 1 ELSE 0 END) AS v_ea_90d_death
FROM encounter x
JOIN m_pop pp ON (pp.person_id = x.person_id)
WHERE (((x.setting IN (CAST(? AS STRING))) AND (x.start_date > CAST(? AS DATE))) AND (x.start_date <= CAST(? AS DATE)))
GROUP BY x.person_id
) enc ON (enc.person_id = p.person_id)
) l1
-- params: DOUBLE:200.0, TEXT:., TEXT:, TEXT:., TEXT:, TEXT:admitted, TEXT:21, TEXT:22, TEXT:23, TEXT:24, TEXT:25, TEXT:2A, TEXT:2B, TEXT:2C, TEXT:2D, DATE:2023-03-31, DATE:2024-03-31, DATE:2023-03-31, DATE:2024-03-31, TEXT:admitted, TEXT:21, TEXT:22, TEXT:23, TEXT:24, TEXT:25, TEXT:2A, TEXT:2B, TEXT:2C, TEXT:2D, DATE:2024-03-31, INTEGER:90, TEXT:admitted, DATE:2022-12-31, DATE:2024-03-31

-- aggregate
SELECT b_practice AS b_practice,
  b_sex AS b_sex,
  SUM(CASE WHEN (((registered = 1) AND ((v_hyp_reg = 1) AND (age >= CAST(? AS DOUBLE)))) AND (((age < CAST(? AS DOUBLE)) AND (v_sbp <= CAST(? AS DOUBLE))) OR ((age >= CAST(? AS DOUBLE)) AND (v_sbp <= CAST(? AS DOUBLE))))) THEN 1 ELSE 0 END) AS n_0,
  SUM(CASE WHEN ((registered = 1) AND ((v_hyp_reg = 1) AND (age >= CAST(? AS DOUBLE)))) THEN 1 ELSE 0 END) AS d_0
FROM (
SELECT pv.*,
  pv.sex AS b_sex
FROM m_pv pv
) b
GROUP BY GROUPING SETS ((),
  (b_practice),
  (b_sex))
-- params: DOUBLE:18.0, DOUBLE:80.0, DOUBLE:140.0, DOUBLE:80.0, DOUBLE:150.0, DOUBLE:18.0

-- Store tables the server reads, as written by the loader and the measure engine
-- (docs/data-model.md, docs/measure-results.md). Test fixture only.
CREATE TABLE person (person_id TEXT PRIMARY KEY, sex TEXT, birth_year INTEGER, birth_month INTEGER, ethnic_category TEXT,
  ethnic_group TEXT, lsoa_code TEXT, practice_code TEXT, registration_date DATE, death_date DATE, source_file TEXT,
  source_line BIGINT, load_id TEXT);
CREATE TABLE identity (person_id TEXT PRIMARY KEY, nhs_number TEXT, given_name TEXT, family_name TEXT, birth_date DATE, postcode TEXT);
CREATE TABLE org_practice (practice_code TEXT PRIMARY KEY, name TEXT, postcode TEXT, pcn_code TEXT, district_code TEXT, list_size INTEGER);
CREATE TABLE org_pcn (pcn_code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE geo_lsoa (lsoa_code TEXT PRIMARY KEY, name TEXT, district_code TEXT, imd_score DOUBLE, imd_decile INTEGER,
  imd_quintile INTEGER, core20 BOOLEAN, ruc_code TEXT);
CREATE TABLE geo_district (district_code TEXT PRIMARY KEY, name TEXT, place_code TEXT, icp_code TEXT);
CREATE TABLE geo_place (code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE geo_icp (code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE load_history (load_id TEXT PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, sources TEXT, records_read BIGINT,
  records_loaded BIGINT, records_quarantined BIGINT, records_skipped_by_type TEXT, extract_date DATE);
CREATE TABLE quarantine (load_id TEXT, file TEXT, line BIGINT, field TEXT, value TEXT, reason TEXT, resource_type TEXT);
CREATE TABLE indicator_catalogue (indicator_id TEXT PRIMARY KEY, title TEXT, domain TEXT, description TEXT, definition_source TEXT,
  improvement_direction TEXT, target DOUBLE, unit TEXT, case_list BOOLEAN);
CREATE TABLE measure_result (indicator_id TEXT, period_end DATE, breakdown TEXT, group_code TEXT, group_name TEXT, numerator BIGINT,
  denominator BIGINT, value DOUBLE, lower_95 DOUBLE, upper_95 DOUBLE, funnel_flag TEXT, suppressed BOOLEAN);
CREATE TABLE measure_series (indicator_id TEXT, breakdown TEXT, group_code TEXT, period_end DATE, numerator BIGINT, denominator BIGINT, value DOUBLE);
CREATE TABLE measure_inequality (indicator_id TEXT, period_end DATE, breakdown TEXT, sii DOUBLE, sii_lower_95 DOUBLE, sii_upper_95 DOUBLE,
  rii DOUBLE, rii_lower_95 DOUBLE, rii_upper_95 DOUBLE);
CREATE TABLE case_list (indicator_id TEXT, person_id TEXT, practice_code TEXT, reason TEXT, priority INTEGER);
CREATE TABLE risk_score (person_id TEXT, model TEXT, score DOUBLE, tier TEXT, segment TEXT, top_factors TEXT);

package org.derwent.risk.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates the store tables of docs/data-model.md that risk reads (same names, columns and types). */
public final class StoreTables {
    private static final String PROV = "source_file VARCHAR, source_line BIGINT, load_id BIGINT";
    private static final String CLIN = "record_id VARCHAR, person_id VARCHAR NOT NULL, code_system VARCHAR,"
            + " code VARCHAR, source_org VARCHAR, ";
    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS person (person_id VARCHAR PRIMARY KEY, sex VARCHAR, birth_year INTEGER,"
                    + " birth_month INTEGER, ethnic_category VARCHAR, ethnic_group VARCHAR, lsoa_code VARCHAR,"
                    + " practice_code VARCHAR, registration_date DATE, death_date DATE, " + PROV + ")",
            "CREATE TABLE IF NOT EXISTS registration (person_id VARCHAR, practice_code VARCHAR, start_date DATE,"
                    + " end_date DATE, " + PROV + ")",
            "CREATE TABLE IF NOT EXISTS condition (" + CLIN + "onset_date DATE, resolved_date DATE, " + PROV + ")",
            "CREATE TABLE IF NOT EXISTS observation (" + CLIN + "obs_date DATE, value DOUBLE, unit VARCHAR, "
                    + PROV + ")",
            "CREATE TABLE IF NOT EXISTS medication (" + CLIN + "issue_date DATE, quantity DOUBLE,"
                    + " duration_days INTEGER, is_repeat BOOLEAN, " + PROV + ")",
            "CREATE TABLE IF NOT EXISTS encounter (record_id VARCHAR, person_id VARCHAR NOT NULL,"
                    + " setting VARCHAR, provider_code VARCHAR, source_org VARCHAR, start_date DATE, end_date DATE,"
                    + " admission_method VARCHAR, clinician_type VARCHAR, service_type VARCHAR, los_days INTEGER, "
                    + PROV + ")",
            "CREATE TABLE IF NOT EXISTS org_practice (practice_code VARCHAR PRIMARY KEY, name VARCHAR,"
                    + " postcode VARCHAR, pcn_code VARCHAR, district_code VARCHAR, list_size INTEGER)",
            "CREATE TABLE IF NOT EXISTS org_pcn (pcn_code VARCHAR PRIMARY KEY, name VARCHAR)",
            "CREATE TABLE IF NOT EXISTS geo_lsoa (lsoa_code VARCHAR PRIMARY KEY, name VARCHAR, district_code VARCHAR,"
                    + " imd_score DOUBLE, imd_decile INTEGER, imd_quintile INTEGER, core20 BOOLEAN, ruc_code VARCHAR)",
            "CREATE TABLE IF NOT EXISTS geo_district (district_code VARCHAR PRIMARY KEY, name VARCHAR,"
                    + " place_code VARCHAR, icp_code VARCHAR)",
            "CREATE TABLE IF NOT EXISTS geo_place (code VARCHAR PRIMARY KEY, name VARCHAR)",
            "CREATE TABLE IF NOT EXISTS load_history (load_id BIGINT PRIMARY KEY, started_at TIMESTAMP,"
                    + " finished_at TIMESTAMP, sources VARCHAR, records_read BIGINT, records_loaded BIGINT,"
                    + " records_quarantined BIGINT, records_skipped_by_type BIGINT, extract_date DATE)");

    private StoreTables() {
    }

    /** The hospital detail tables {@code diagnosis} and {@code procedure} (read by the eFI/CMS SQL). */
    public static void createHospitalDetail(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS diagnosis (" + CLIN + "encounter_id VARCHAR, position INTEGER, "
                    + PROV + ")");
            st.execute("CREATE TABLE IF NOT EXISTS procedure (" + CLIN + "encounter_id VARCHAR, proc_date DATE, "
                    + PROV + ")");
        }
    }

    public static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
    }
}

package org.derwent.risk.output;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the output tables when missing: {@code risk_score} (owned by risk) and, with the columns of
 * docs/measure-results.md, {@code case_list}, {@code measure_result} and {@code indicator_catalogue}.
 */
public final class RiskTables {
    private RiskTables() {
    }

    public static void ensure(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS risk_score (person_id VARCHAR, model VARCHAR, score DOUBLE,"
                    + " tier VARCHAR, segment VARCHAR, top_factors VARCHAR)");
            st.execute("CREATE TABLE IF NOT EXISTS case_list (indicator_id VARCHAR, person_id VARCHAR,"
                    + " practice_code VARCHAR, reason VARCHAR, priority INTEGER)");
            st.execute("CREATE TABLE IF NOT EXISTS measure_result (indicator_id VARCHAR, period_end DATE,"
                    + " breakdown VARCHAR, group_code VARCHAR, group_name VARCHAR, numerator DOUBLE,"
                    + " denominator DOUBLE, value DOUBLE, lower_95 DOUBLE, upper_95 DOUBLE, funnel_flag VARCHAR,"
                    + " suppressed BOOLEAN)");
            st.execute("CREATE TABLE IF NOT EXISTS indicator_catalogue (indicator_id VARCHAR PRIMARY KEY,"
                    + " title VARCHAR, domain VARCHAR, description VARCHAR, definition_source VARCHAR,"
                    + " improvement_direction VARCHAR, target DOUBLE, unit VARCHAR, case_list BOOLEAN)");
        }
    }
}

package org.derwent.measures.result;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.measures.sql.SqlDialect;

/** DDL of the result tables (docs/measure-results.md), created when missing. */
final class ResultTables {
    private ResultTables() {
    }

    static void create(Connection c, SqlDialect d) throws SQLException {
        String t = d.textType();
        String x = d.doubleType();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS indicator_catalogue (indicator_id " + t + " PRIMARY KEY, title " + t
                    + ", domain " + t + ", description " + t + ", definition_source " + t + ", improvement_direction " + t
                    + ", target " + x + ", unit " + t + ", case_list BOOLEAN)");
            s.execute("CREATE TABLE IF NOT EXISTS measure_result (indicator_id " + t + ", period_end DATE, breakdown " + t
                    + ", group_code " + t + ", group_name " + t + ", numerator " + x + ", denominator " + x + ", value " + x
                    + ", lower_95 " + x + ", upper_95 " + x + ", funnel_flag " + t + ", suppressed BOOLEAN)");
            s.execute("CREATE TABLE IF NOT EXISTS measure_series (indicator_id " + t + ", breakdown " + t + ", group_code " + t
                    + ", period_end DATE, numerator " + x + ", denominator " + x + ", value " + x + ")");
            s.execute("CREATE TABLE IF NOT EXISTS measure_inequality (indicator_id " + t + ", period_end DATE, breakdown " + t
                    + ", sii " + x + ", sii_lower_95 " + x + ", sii_upper_95 " + x + ", rii " + x + ", rii_lower_95 " + x
                    + ", rii_upper_95 " + x + ")");
        }
    }
}

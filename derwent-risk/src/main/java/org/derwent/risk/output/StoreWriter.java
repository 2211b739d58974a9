package org.derwent.risk.output;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes risk outputs to a DuckDB store. {@code risk_score} is replaced for the models written; case lists,
 * measure rows and catalogue entries of risk's own indicators are replaced (other indicators' rows are left
 * alone). Bulk rows go through DuckDB's appender into staging tables, then into the contract tables by column name.
 */
public final class StoreWriter {
    private final Connection connection;

    public StoreWriter(Connection connection) throws SQLException {
        this.connection = connection;
        RiskTables.ensure(connection);
    }

    public long writeScores(Collection<String> models, List<ScoreRow> rows) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM risk_score WHERE model = ?")) {
            for (String m : models) {
                del.setString(1, m);
                del.executeUpdate();
            }
        }
        try (DuckDBAppender a = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "risk_score")) {
            for (ScoreRow r : rows) {
                a.beginRow().append(r.personId()).append(r.model()).append(r.score()).append(r.tier())
                        .append(r.segment()).append(r.topFactors()).endRow();
            }
            return a.flush();
        }
    }

    public void writeCases(Collection<String> indicators, List<CaseRow> rows) throws SQLException {
        deleteIndicators("case_list", indicators);
        exec("CREATE OR REPLACE TABLE risk_stage_case (indicator_id VARCHAR, person_id VARCHAR,"
                + " practice_code VARCHAR, reason VARCHAR, priority INTEGER)");
        try (DuckDBAppender a = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "risk_stage_case")) {
            for (CaseRow r : rows) {
                a.beginRow().append(r.indicatorId()).append(r.personId()).append(r.practiceCode()).append(r.reason())
                        .append(r.priority()).endRow();
            }
        }
        exec("INSERT INTO case_list (indicator_id, person_id, practice_code, reason, priority)"
                + " SELECT indicator_id, person_id, practice_code, reason, priority FROM risk_stage_case",
                "DROP TABLE risk_stage_case");
    }

    public void writeMeasures(Collection<String> indicators, List<MeasureRow> rows) throws SQLException {
        deleteIndicators("measure_result", indicators);
        String sql = "INSERT INTO measure_result (indicator_id, period_end, breakdown, group_code, group_name,"
                + " numerator, denominator, value, lower_95, upper_95, funnel_flag, suppressed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (MeasureRow r : rows) {
                ps.setString(1, r.indicatorId());
                ps.setDate(2, Date.valueOf(r.periodEnd()));
                ps.setString(3, r.breakdown());
                ps.setString(4, r.groupCode());
                ps.setString(5, r.groupName());
                ps.setLong(6, r.numerator());
                ps.setLong(7, r.denominator());
                ps.setDouble(8, r.value());
                ps.setDouble(9, r.lower95());
                ps.setDouble(10, r.upper95());
                ps.setString(11, r.funnelFlag());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void writeCatalogue(List<CatalogueEntry> entries) throws SQLException {
        deleteIndicators("indicator_catalogue", entries.stream().map(CatalogueEntry::indicatorId).toList());
        String sql = "INSERT INTO indicator_catalogue (indicator_id, title, domain, description, definition_source,"
                + " improvement_direction, target, unit, case_list) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (CatalogueEntry e : entries) {
                ps.setString(1, e.indicatorId());
                ps.setString(2, e.title());
                ps.setString(3, e.domain());
                ps.setString(4, e.description());
                ps.setString(5, e.definitionSource());
                ps.setString(6, e.improvementDirection());
                ps.setString(7, e.unit());
                ps.setBoolean(8, e.caseList());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void deleteIndicators(String table, Collection<String> indicators) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + table + " WHERE indicator_id = ?")) {
            for (String id : indicators) {
                del.setString(1, id);
                del.executeUpdate();
            }
        }
    }

    private void exec(String... sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private DuckDBConnection duck() throws SQLException {
        return connection.unwrap(DuckDBConnection.class);
    }
}

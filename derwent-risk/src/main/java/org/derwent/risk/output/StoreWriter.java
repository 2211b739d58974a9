package org.derwent.risk.output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.derwent.store.write.TableRows;
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
        TableRows.insert(connection, "measure_result", 12, rows.stream().map(r -> new Object[] {r.indicatorId(),
            r.periodEnd(), r.breakdown(), r.groupCode(), r.groupName(), (double) r.numerator(), (double) r.denominator(),
            r.value(), r.lower95(), r.upper95(), r.funnelFlag(), Boolean.FALSE}).toList());
    }

    public void writeCatalogue(List<CatalogueEntry> entries) throws SQLException {
        deleteIndicators("indicator_catalogue", entries.stream().map(CatalogueEntry::indicatorId).toList());
        TableRows.insert(connection, "indicator_catalogue", 9, entries.stream().map(e -> new Object[] {e.indicatorId(),
            e.title(), e.domain(), e.description(), e.definitionSource(), e.improvementDirection(), null, e.unit(),
            e.caseList()}).toList());
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

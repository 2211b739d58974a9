package org.derwent.ingest.lines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.ingest.stage.Trace;
import org.duckdb.DuckDBConnection;

/** Timed statements on the loading connection, for the SQL readers. */
public record Sql(DuckDBConnection c) {
    public void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            Trace.timed(sql, () -> s.execute(sql));
        }
    }

    public long update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return Trace.timed(sql, () -> (long) s.executeUpdate(sql));
        }
    }

    public long scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = Trace.timed(sql, () -> s.executeQuery(sql))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

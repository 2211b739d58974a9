package org.derwent.measures.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.measures.plan.CodeTable;
import org.derwent.measures.plan.Tables;
import org.derwent.measures.sql.SqlDialect;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Loads the codelist members into the temporary codelist table: DuckDB appender, or JDBC batches elsewhere. */
final class CodeLoader {
    private CodeLoader() {
    }

    static void load(Connection c, SqlDialect dialect, CodeTable codes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.dropTable(Tables.CODES));
            s.execute("CREATE TEMPORARY TABLE " + Tables.CODES + " (list_id INTEGER, code_system " + dialect.textType()
                    + ", code " + dialect.textType() + ")");
        }
        if (c.isWrapperFor(DuckDBConnection.class)) {
            DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
            try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, Tables.CODES)) {
                for (CodeTable.Row r : codes.rows()) {
                    a.beginRow();
                    a.append(r.listId());
                    a.append(r.system());
                    a.append(r.code());
                    a.endRow();
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.CODES + " VALUES (?, ?, ?)")) {
                int n = 0;
                for (CodeTable.Row r : codes.rows()) {
                    ps.setInt(1, r.listId());
                    ps.setString(2, r.system());
                    ps.setString(3, r.code());
                    ps.addBatch();
                    if (++n % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        SqlSteps.analyze(c, dialect, Tables.CODES);
    }
}

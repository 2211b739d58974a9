package org.derwent.measures.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlDialect;

/** Creates the temporary tables of a plan, one statement each. */
final class SqlSteps {
    private SqlSteps() {
    }

    static void createTemp(Connection c, SqlDialect dialect, String name, Query q) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.dropTable(name));
        }
        dialect.createTempTable(name, q).execute(c);
        analyze(c, dialect, name);
    }

    /** PostgreSQL plans joins on temporary tables well only once they have statistics. */
    static void analyze(Connection c, SqlDialect dialect, String name) throws SQLException {
        if (dialect.name().equals("postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE " + name);
            }
        }
    }
}

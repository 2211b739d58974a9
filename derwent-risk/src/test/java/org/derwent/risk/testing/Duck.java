package org.derwent.risk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** In-memory DuckDB connections and one-value queries for tests. */
public final class Duck {
    private Duck() {
    }

    public static Connection memory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    public static Connection simulated(int n, long seed) throws SQLException {
        Connection c = memory();
        SimulatedPopulation.fill(c, n, Math.max(4, n / 2000), seed);
        return c;
    }

    public static double value(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    public static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }
}

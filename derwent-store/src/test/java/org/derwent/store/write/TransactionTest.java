package org.derwent.store.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Work is committed when it returns, rolled back when it throws; auto-commit is restored either way. */
class TransactionTest {
    @Test
    void commits_work_that_returns_and_rolls_back_work_that_throws() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
            Transaction.run(c, x -> x.createStatement().execute("INSERT INTO t VALUES (1)"));
            assertThatThrownBy(() -> Transaction.run(c, x -> {
                x.createStatement().execute("INSERT INTO t VALUES (2)");
                throw new SQLException("fails after writing");
            })).hasMessage("fails after writing");
            try (ResultSet rs = s.executeQuery("SELECT string_agg(CAST(x AS VARCHAR), ',') FROM t")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1");
            }
            assertThat(c.getAutoCommit()).isTrue();
        }
    }
}

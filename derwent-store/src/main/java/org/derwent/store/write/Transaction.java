package org.derwent.store.write;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on a connection: committed when the work returns, rolled back when it throws, and
 * the connection's auto-commit mode restored either way.
 */
public final class Transaction {
    /** Work on the connection inside the transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    private Transaction() {
    }

    public static void run(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}

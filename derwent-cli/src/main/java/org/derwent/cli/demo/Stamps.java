package org.derwent.cli.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.derwent.store.write.Transaction;

/**
 * Table {@code demo_step} (step, fingerprint, seconds, finished_at): a step's fingerprint is written only after
 * its results are committed and is cleared (with those of the steps that depend on it) before the step runs
 * again, so a demo stopped mid-way leaves no fingerprint for what it did not finish. The last duration is kept
 * to estimate the next run's wait.
 */
final class Stamps {
    private final Connection c;

    Stamps(Connection c) throws SQLException {
        this.c = c;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS demo_step (step VARCHAR, fingerprint VARCHAR, seconds DOUBLE, "
                    + "finished_at TIMESTAMP)");
        }
    }

    /** True when {@code step} finished with exactly this fingerprint. */
    boolean done(Step step, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM demo_step WHERE step = ?")) {
            ps.setString(1, step.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && fingerprint.equals(rs.getString(1));
            }
        }
    }

    /** Seconds the step took when it last finished (whatever its fingerprint). */
    Optional<Double> lastSeconds(Step step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seconds FROM demo_step WHERE step = ?")) {
            ps.setString(1, step.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.empty();
            }
        }
    }

    /** Clears the fingerprints of {@code steps} (their durations stay). */
    void clear(List<Step> steps) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE demo_step SET fingerprint = NULL WHERE step = ?")) {
            for (Step s : steps) {
                ps.setString(1, s.id());
                ps.executeUpdate();
            }
        }
    }

    /** Records that {@code step} finished with {@code fingerprint} in {@code seconds}. */
    void finished(Step step, String fingerprint, double seconds) throws SQLException {
        Transaction.run(c, t -> {
            try (PreparedStatement del = t.prepareStatement("DELETE FROM demo_step WHERE step = ?")) {
                del.setString(1, step.id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = t.prepareStatement("INSERT INTO demo_step VALUES (?, ?, ?, current_timestamp)")) {
                ins.setString(1, step.id());
                ins.setString(2, fingerprint);
                ins.setDouble(3, seconds);
                ins.executeUpdate();
            }
        });
    }
}

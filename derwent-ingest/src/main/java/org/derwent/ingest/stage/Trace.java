package org.derwent.ingest.stage;

import java.sql.SQLException;

/**
 * Prints each load statement's wall time and the process's CPU time during it to standard error when the system property {@code derwent.ingest.trace} is
 * {@code true} (the first 120 characters of each) or {@code full} (for finding where a load spends its time); statements hold table and column names, never patient values.
 */
public final class Trace {
    private static final String MODE = System.getProperty("derwent.ingest.trace", "false");
    private static final boolean ON = MODE.equals("true") || MODE.equals("full");

    /** A statement to run. */
    public interface Statement<T> {
        T run() throws SQLException;
    }

    private Trace() {
    }

    /** CPU time of this whole process (all threads, DuckDB's native ones included), steadier than wall time on a shared box. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs the statement, printing its time and first 120 characters when tracing. */
    public static <T> T timed(String sql, Statement<T> statement) throws SQLException {
        if (!ON) {
            return statement.run();
        }
        long t = System.nanoTime();
        long cpu = cpuNanos();
        try {
            return statement.run();
        } finally {
            System.err.printf("[ingest] %7.2f s %7.2f cpu-s  %s%n", (System.nanoTime() - t) / 1e9, (cpuNanos() - cpu) / 1e9,
                    MODE.equals("full") ? sql : sql.substring(0, Math.min(120, sql.length())).replace('\n', ' '));
        }
    }
}

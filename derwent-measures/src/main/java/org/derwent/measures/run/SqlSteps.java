package org.derwent.measures.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.derwent.measures.sql.Query;
import org.derwent.measures.sql.SqlDialect;

/** Creates the temporary tables of a plan, one statement each. */
final class SqlSteps {
    /** With {@code -Dderwent.measures.trace=true}, the seconds of each step go to standard error (benchmarks). */
    private static final boolean TRACE = Boolean.getBoolean("derwent.measures.trace");

    private SqlSteps() {
    }

    static void createTemp(Connection c, SqlDialect dialect, String name, Query q) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect.dropTable(name));
        }
        long t = startTrace();
        dialect.createTempTable(name, q).execute(c);
        analyze(c, dialect, name);
        trace(name, t);
    }

    private static long cpuAtStart;

    /** Starts timing a step: returns the wall-clock start and notes the process CPU time when tracing. */
    static long startTrace() {
        if (TRACE) {
            cpuAtStart = cpuNanos();
        }
        return System.nanoTime();
    }

    /** Prints the wall-clock seconds since {@code startNanos} (and CPU seconds since {@link #startTrace}) when tracing. */
    static void trace(String step, long startNanos) {
        if (TRACE) {
            System.err.printf("step %s: %.3f s wall, %.3f CPU s%n", step, (System.nanoTime() - startNanos) / 1e9,
                    (cpuNanos() - cpuAtStart) / 1e9);
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
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

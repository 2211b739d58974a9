package org.derwent.measures.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.derwent.store.schema.Store;
import org.postgresql.PGConnection;

/**
 * Copies a DuckDB store into a PostgreSQL database for the PostgreSQL figures of {@link MeasureBenchmark}: creates
 * the store schema there ({@link Store#open}), then for each table writes a CSV with DuckDB {@code COPY} and loads it
 * with PostgreSQL {@code COPY FROM STDIN}, and {@code ANALYZE}s it. The identifiable tables ({@code identity},
 * {@code person_source}) are not copied: no measure reads them. Prints rows and seconds per table.
 *
 * <pre>java -cp derwent.jar org.derwent.measures.bench.StoreToPostgres STORE.duckdb JDBC_URL [TMP_DIR]</pre>
 */
public final class StoreToPostgres {
    private static final Set<String> SKIPPED = Set.of("identity", "person_source");

    private StoreToPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StoreToPostgres STORE.duckdb JDBC_URL [TMP_DIR]");
        }
        Path tmp = Files.createTempDirectory(args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir")),
                "derwent-copy");
        Store.open(args[1]).close();
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + args[0], ro);
                Connection pg = DriverManager.getConnection(args[1])) {
            for (String table : tables(pg)) {
                if (!SKIPPED.contains(table)) {
                    copy(duck, pg, table, tmp.resolve(table + ".csv"));
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<String> tables(Connection pg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = pg.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static void copy(Connection duck, Connection pg, String table, Path csv) throws Exception {
        long t = System.nanoTime();
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = pg.getMetaData().getColumns(null, "public", table, "%")) {
            while (rs.next()) {
                cols.add(rs.getString("COLUMN_NAME"));
            }
        }
        String list = String.join(", ", cols);
        try (Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT " + list + " FROM " + table + ") TO '" + csv.toString().replace("'", "''")
                    + "' (FORMAT csv, HEADER false)");
        }
        long rows;
        try (Statement s = pg.createStatement()) {
            s.execute("TRUNCATE " + table);
        }
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = pg.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + list + ") FROM STDIN (FORMAT csv)", r);
        } finally {
            Files.deleteIfExists(csv);
        }
        try (Statement s = pg.createStatement()) {
            s.execute("ANALYZE " + table);
        }
        System.out.printf("%s: %d rows, %.1f s%n", table, rows, (System.nanoTime() - t) / 1e9);
    }
}

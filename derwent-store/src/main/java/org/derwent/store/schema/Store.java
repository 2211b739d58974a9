package org.derwent.store.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.derwent.model.footprint.Ics;
import org.duckdb.DuckDBConnection;

/**
 * An open store: an embedded DuckDB file ({@code jdbc:duckdb:PATH}) or a PostgreSQL database. Opening creates
 * any missing table of {@link StoreSchema} (idempotent). For DuckDB one database instance is held open and
 * {@link #connection()} hands out connections to it; close the store to release the file.
 *
 * <p>See docs/data-model.md for the tables.
 */
public final class Store implements AutoCloseable {
    private final String url;
    private final Dialect dialect;
    private final DuckDBConnection duck;

    private Store(String url) {
        this.url = url;
        this.dialect = Dialect.forUrl(url);
        try {
            this.duck = dialect instanceof DuckDbDialect
                    ? (DuckDBConnection) DriverManager.getConnection(url, new Properties()) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + url + ": " + e.getMessage(), e);
        }
        createSchema();
    }

    /** Opens (creating if needed) the store at a JDBC URL, or at a DuckDB file path when {@code target} is not a URL. */
    public static Store open(String target) {
        if (target.startsWith("jdbc:")) {
            return new Store(target);
        }
        return duckDb(Path.of(target));
    }

    /** Opens (creating if needed) a DuckDB store file; parent directories are created. */
    public static Store duckDb(Path file) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of store " + abs + ": " + e.getMessage(), e);
        }
        return new Store("jdbc:duckdb:" + abs);
    }

    /** An in-memory DuckDB store (for tests and throw-away work). */
    public static Store inMemory() {
        return new Store("jdbc:duckdb:");
    }

    public String url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A new connection to the store (auto-commit on); the caller closes it. */
    public Connection connection() {
        try {
            return duck != null ? duck.duplicate() : DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to store " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates every missing table and adds every missing column (a store written before a column joined the
     * schema, e.g. {@code encounter.clinician_id}, gets it as all-NULL); existing tables and rows are left alone.
     */
    public void createSchema() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (Table t : StoreSchema.ALL) {
                s.execute(dialect.createTable(t));
            }
            Set<String> present = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema()")) {
                while (rs.next()) {
                    present.add(rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT));
                }
            }
            for (Table t : StoreSchema.ALL) {
                for (Column col : t.columns()) {
                    if (!present.contains(t.name() + "." + col.name())) {
                        s.execute(dialect.addColumn(t, col));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create the schema in store " + url + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the organisation and geography tables with the footprint of {@code ics}, in one transaction. */
    public void writeFootprint(Ics ics) {
        try (Connection c = connection()) {
            new FootprintWriter(ics).write(c);
        } catch (SQLException e) {
            throw new StoreException("cannot write the footprint of " + ics.id() + " to store " + url + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (duck != null) {
            try {
                duck.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close store " + url + ": " + e.getMessage(), e);
            }
        }
    }
}

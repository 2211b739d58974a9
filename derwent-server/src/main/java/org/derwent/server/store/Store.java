package org.derwent.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * The server's view of the Derwent store: one embedded DuckDB database opened once, with a small pool of
 * duplicated connections so that requests run concurrently. Every value travels as a bind parameter.
 */
public final class Store implements AutoCloseable {
    private final DuckDBConnection root;
    private final BlockingQueue<Connection> pool;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private Store(DuckDBConnection root, int size) throws SQLException {
        this.root = root;
        this.pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(root.duplicate());
        }
    }

    /** Opens (or creates) the DuckDB file at {@code file}. */
    public static Store open(Path file, int connections) {
        try {
            Path abs = file.toAbsolutePath();
            if (abs.getParent() != null) {
                java.nio.file.Files.createDirectories(abs.getParent());
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs);
            return new Store((DuckDBConnection) c, connections);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A store over a database instance that is already open in this process (for {@code ./derwent demo}, which
     * computes in the background while serving): DuckDB allows one instance per file and process, so the
     * server works on duplicates of {@code open}. Closing this store closes only the duplicates.
     */
    public static Store shared(DuckDBConnection open, int connections) {
        try {
            return new Store((DuckDBConnection) open.duplicate(), connections);
        } catch (SQLException e) {
            throw new StoreException("Cannot share the open store: " + e.getMessage(), e);
        }
    }

    /** Forgets every cached answer and moves to the next generation (called when results are rewritten). */
    public void invalidate() {
        generation.incrementAndGet();
        cache.clear();
    }

    /** Bumped by {@link #invalidate()}; caches built on this store keep answers of the current generation only. */
    public long generation() {
        return generation.get();
    }

    /**
     * Like {@link #query} but answers repeated identical statements (same SQL, same binds) from memory until
     * {@link #invalidate()}. For precomputed results only, never for audit or worklist tables. Nothing else can
     * change them behind the server's back: DuckDB lets one process at a time open the file for writing, and in
     * this process whatever rewrites results ({@code ./derwent demo}'s background steps) calls {@link #invalidate()}.
     */
    public Table cachedQuery(String sql, List<?> binds) {
        List<Object> key = new ArrayList<>(binds.size() + 2);
        key.add(generation.get());
        key.add(sql);
        key.addAll(binds);
        Table c = cache.get(key);
        if (c != null) {
            return c;
        }
        Table t = query(sql, binds);
        if (cache.size() > 20_000) {
            cache.clear();
        }
        if (key.get(0).equals(generation.get())) {
            cache.put(key, t);
        }
        return t;
    }

    private final java.util.Map<List<Object>, Table> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs a SELECT with bind parameters and returns all rows. */
    public Table query(String sql, List<?> binds) {
        Connection c = take();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    cols.add(md.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(cols.size());
                    for (int i = 1; i <= cols.size(); i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return new Table(cols, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** Runs an INSERT/UPDATE/DDL statement with bind parameters; returns the update count. */
    public int update(String sql, List<?> binds) {
        Connection c = take();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Update failed: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** Names (lower case) of the tables present in the main schema. */
    public Set<String> tables() {
        Set<String> out = new java.util.HashSet<>();
        for (List<Object> r : query("SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'main'",
                List.of()).rows()) {
            out.add((String) r.get(0));
        }
        return out;
    }

    private Connection take() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted waiting for a store connection", e);
        }
    }

    private static void bind(PreparedStatement ps, List<?> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Object v = binds.get(i);
            if (v instanceof java.time.LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof java.time.Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private static Object plain(Object v) {
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toString();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toString();
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof java.math.BigInteger b) {
            return b.longValue();
        }
        if (v instanceof java.math.BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Short s) {
            return s.longValue();
        }
        return v;
    }

    @Override
    public void close() {
        for (Connection c : pool) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            root.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}

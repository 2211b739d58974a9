package org.derwent.measures.spark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The part of JDBC the measure engine uses (statements, prepared statements with positional parameters, batches,
 * result sets read by column name), executed on a SparkSession, so the unchanged engine runs the Spark dialect.
 * What Spark SQL has no statement for is done through the Dataset API, as a Spark runner would: {@code CACHE TABLE
 * t AS query} with parameters becomes a parameterised query registered and cached as view {@code t} (Spark 3.5 does
 * not bind parameters inside CACHE TABLE), and a {@code CREATE TEMPORARY TABLE t (columns)} filled by batched
 * {@code INSERT INTO t VALUES (?, ...)} becomes a view over the inserted rows.
 */
final class SparkJdbc {
    private static final Pattern CACHE_AS = Pattern.compile("(?s)CACHE TABLE (\\w+) AS\\s+(.*)");
    private static final Pattern CREATE_TEMP = Pattern.compile("(?s)CREATE TEMPORARY TABLE (\\w+) \\((.*)\\)");
    private static final Pattern INSERT = Pattern.compile("(?s)INSERT INTO (\\w+) VALUES .*");

    private final SparkSession spark;
    private final Map<String, StructType> localTables = new HashMap<>();
    private final Map<String, List<Row>> localRows = new HashMap<>();

    private SparkJdbc(SparkSession spark) {
        this.spark = spark;
    }

    /** A JDBC connection whose statements run on {@code spark}. */
    static Connection connect(SparkSession spark) {
        return proxy(Connection.class, new SparkJdbc(spark)::connection);
    }

    private Object connection(Object self, Method m, Object[] a) {
        return switch (m.getName()) {
            case "createStatement" -> proxy(Statement.class, (s, sm, sa) -> statement(sm, sa));
            case "prepareStatement" -> prepared((String) a[0]);
            case "isWrapperFor" -> false;
            case "close" -> null;
            case "isClosed" -> false;
            default -> throw unsupported(m);
        };
    }

    private Object statement(Method m, Object[] a) {
        return switch (m.getName()) {
            case "execute" -> {
                run((String) a[0], new Object[0]);
                yield false;
            }
            case "close" -> null;
            default -> throw unsupported(m);
        };
    }

    private PreparedStatement prepared(String sql) {
        List<Object> args = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>();
        return proxy(PreparedStatement.class, (s, m, a) -> switch (m.getName()) {
            case "setInt", "setString", "setDate", "setDouble", "setBoolean", "setLong" -> {
                set(args, (Integer) a[0], a[1]);
                yield null;
            }
            case "setNull" -> {
                set(args, (Integer) a[0], null);
                yield null;
            }
            case "addBatch" -> {
                batch.add(args.toArray());
                args.clear();
                yield null;
            }
            case "executeBatch" -> {
                for (Object[] row : batch) {
                    insert(sql, row);
                }
                int[] counts = new int[batch.size()];
                batch.clear();
                refreshLocal(sql);
                yield counts;
            }
            case "execute" -> {
                run(sql, args.toArray());
                yield false;
            }
            case "executeQuery" -> results(spark.sql(sql, args.toArray()));
            case "close" -> null;
            default -> throw unsupported(m);
        });
    }

    private static void set(List<Object> args, int index, Object value) {
        while (args.size() < index) {
            args.add(null);
        }
        args.set(index - 1, value);
    }

    private void run(String sql, Object[] args) {
        Matcher cache = CACHE_AS.matcher(sql);
        Matcher create = CREATE_TEMP.matcher(sql);
        if (cache.matches()) {
            spark.sql(cache.group(2), args).createOrReplaceTempView(cache.group(1));
            spark.catalog().cacheTable(cache.group(1));
        } else if (create.matches()) {
            localTables.put(create.group(1), StructType.fromDDL(create.group(2)));
            localRows.put(create.group(1), new ArrayList<>());
            spark.createDataFrame(List.of(), localTables.get(create.group(1))).createOrReplaceTempView(create.group(1));
        } else {
            spark.sql(sql, args).collectAsList();
        }
    }

    private void insert(String sql, Object[] row) {
        Matcher m = INSERT.matcher(sql);
        if (!m.matches() || !localTables.containsKey(m.group(1))) {
            throw new UnsupportedOperationException("batched statement not supported on Spark: " + sql);
        }
        localRows.get(m.group(1)).add(RowFactory.create(row));
    }

    private void refreshLocal(String sql) {
        Matcher m = INSERT.matcher(sql);
        if (m.matches()) {
            String t = m.group(1);
            spark.createDataFrame(localRows.get(t), localTables.get(t)).createOrReplaceTempView(t);
            spark.catalog().cacheTable(t);
        }
    }

    private static ResultSet results(Dataset<Row> ds) {
        List<Row> rows = ds.collectAsList();
        String[] names = ds.schema().fieldNames();
        int[] at = {-1};
        boolean[] wasNull = {false};
        return proxy(ResultSet.class, (s, m, a) -> {
            switch (m.getName()) {
                case "next":
                    return ++at[0] < rows.size();
                case "close":
                    return null;
                case "wasNull":
                    return wasNull[0];
                case "getString", "getDouble", "getInt", "getLong", "getObject":
                    Object v = value(rows.get(at[0]), names, a[0]);
                    wasNull[0] = v == null;
                    return convert(m.getName(), v);
                default:
                    throw unsupported(m);
            }
        });
    }

    private static Object value(Row row, String[] names, Object column) {
        if (column instanceof Integer i) {
            return row.get(i - 1);
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase((String) column)) {
                return row.get(i);
            }
        }
        throw new IllegalArgumentException("no column " + column + " in Spark result " + String.join(", ", names));
    }

    private static Object convert(String getter, Object v) {
        return switch (getter) {
            case "getString" -> v == null ? null : v.toString();
            case "getDouble" -> v == null ? 0.0 : ((Number) v).doubleValue();
            case "getInt" -> v == null ? 0 : ((Number) v).intValue();
            case "getLong" -> v == null ? 0L : ((Number) v).longValue();
            default -> v;
        };
    }

    private static UnsupportedOperationException unsupported(Method m) {
        return new UnsupportedOperationException("JDBC method " + m.getDeclaringClass().getSimpleName() + "."
                + m.getName() + " is not implemented by the Spark facade");
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(SparkJdbc.class.getClassLoader(), new Class<?>[] {type}, h);
    }
}

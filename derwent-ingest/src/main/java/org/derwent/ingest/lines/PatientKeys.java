package org.derwent.ingest.lines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.stage.Trace;
import org.derwent.model.code.NhsNumber;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The pseudonyms the SQL readers join to, in session tables of the loading connection: {@code src_key(pid, k)} holds
 * the HMAC source key of every source patient id keyed in this load, and {@code nhs_key(nhs, person_id)} the person id
 * of every NHS number that is ten ASCII digits and passes the Modulus 11 check (any other number is left to the Java
 * mapper, which reports it). The HMACs are computed in Java, once per distinct value, on every core; neither value
 * nor key leaves the session.
 */
public final class PatientKeys {
    private final DuckDBConnection c;
    private final Pseudonymiser pseudonymiser;
    private long keyed;
    /** How many keyed ids {@code raw_link} covers (-1: not made yet). */
    private long linked = -1;

    public PatientKeys(DuckDBConnection c, Pseudonymiser pseudonymiser) throws SQLException {
        this.c = c;
        this.pseudonymiser = pseudonymiser;
        Sql sql = new Sql(c);
        sql.exec("CREATE TEMPORARY TABLE IF NOT EXISTS src_key (pid VARCHAR, k VARCHAR)");
        sql.exec("CREATE TEMPORARY TABLE IF NOT EXISTS nhs_key (nhs VARCHAR, person_id VARCHAR)");
    }

    /**
     * The table {@code raw_link(raw, pid, birth, death)}: every source patient id keyed in this load with the person
     * it links to (through the merge's {@code link} table, which must exist), remade when ids were keyed since.
     */
    public String rawLink() throws SQLException {
        if (keyed != linked) {
            new Sql(c).exec("CREATE OR REPLACE TEMPORARY TABLE raw_link AS SELECT s.pid AS raw, l.pid, l.birth, l.death "
                    + "FROM src_key s JOIN link l ON l.k = s.k");
            linked = keyed;
        }
        return "raw_link";
    }

    /** How many source patient ids have been keyed in this load (grows with every {@link #sourceIds} that adds one). */
    public long keyed() {
        return keyed;
    }

    /**
     * Keys the source patient ids in column {@code pid} of {@code query} that are not empty and not yet keyed; returns
     * how many were added.
     */
    public long sourceIds(String query) throws SQLException {
        List<String> ids = distinct("SELECT DISTINCT pid FROM (" + query + ") p WHERE pid <> '' AND pid NOT IN "
                + "(SELECT pid FROM src_key)");
        append("src_key", ids, Pseudonymiser::sourceKey);
        keyed += ids.size();
        return ids.size();
    }

    /** Keys the NHS numbers in column {@code nhs} of {@code query} that are ten digits, valid and not yet keyed. */
    public void nhsNumbers(String query) throws SQLException {
        List<String> numbers = distinct("SELECT DISTINCT nhs FROM (" + query + ") p WHERE regexp_full_match(nhs, "
                + "'[0-9]{10}') AND nhs NOT IN (SELECT nhs FROM nhs_key)");
        append("nhs_key", numbers.stream().filter(NhsNumber::isValid).toList(), Pseudonymiser::personId);
    }

    private List<String> distinct(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = Trace.timed(sql, () -> s.executeQuery(sql))) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Appends {@code (value, HMAC of value)} rows to a session table; the HMACs are computed on every core, each
     * thread with its own copy of the pseudonymiser (one is not thread-safe).
     */
    private void append(String table, List<String> values, BiFunction<Pseudonymiser, String, String> hmac)
            throws SQLException {
        ThreadLocal<Pseudonymiser> own = ThreadLocal.withInitial(pseudonymiser::copy);
        String[] keys = new String[values.size()];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = hmac.apply(own.get(), values.get(i)));
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (int i = 0; i < keys.length; i++) {
                a.beginRow();
                a.append(values.get(i));
                a.append(keys[i]);
                a.endRow();
            }
        }
    }
}

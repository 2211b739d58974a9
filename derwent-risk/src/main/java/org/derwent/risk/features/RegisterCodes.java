package org.derwent.risk.features;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.RiskException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The register codelists read from a codelist directory, loaded into the temporary table {@code risk_code}. */
public final class RegisterCodes {
    /** One code of a register; {@code resolved} codes take a person off it. */
    public record Entry(Register register, String code, boolean resolved) {
    }

    private final List<Entry> entries;

    private RegisterCodes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads every register's clusters from {@code dir} (e.g. reference/codelists). */
    public static RegisterCodes read(Path dir) {
        List<Entry> entries = new ArrayList<>();
        for (Register r : Register.values()) {
            for (String cluster : r.clusters()) {
                Codelists.read(file(dir, cluster)).forEach(code -> entries.add(new Entry(r, code, false)));
            }
            for (String cluster : r.resolvedClusters()) {
                Codelists.read(file(dir, cluster)).forEach(code -> entries.add(new Entry(r, code, true)));
            }
        }
        return new RegisterCodes(entries);
    }

    private static Path file(Path dir, String cluster) {
        Path f = dir.resolve(Register.fileName(cluster));
        if (!Files.isRegularFile(f)) {
            throw new RiskException("codelist " + f + " not found (register cluster " + cluster + ")");
        }
        return f;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first adding code of a register (used by test fixtures to write realistic records). */
    public String firstCode(Register register) {
        return entries.stream().filter(e -> e.register() == register && !e.resolved()).map(Entry::code).findFirst()
                .orElseThrow(() -> new RiskException("register " + register + " has no codes"));
    }

    /** Creates the temporary table {@code risk_code(register, code, kind)} on this connection. */
    public void load(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE risk_code (register VARCHAR, code VARCHAR, kind VARCHAR)");
        }
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "risk_code")) {
            for (Entry e : entries) {
                a.beginRow().append(e.register().name()).append(e.code()).append(e.resolved() ? "res" : "add").endRow();
            }
        }
    }
}

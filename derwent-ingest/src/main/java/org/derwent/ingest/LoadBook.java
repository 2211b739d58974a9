package org.derwent.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.stage.Merger;
import org.derwent.ingest.stage.StageCounts;

/** A load's bookkeeping in the store: the files already loaded, the loaded counts per type, the history row. */
final class LoadBook {
    private LoadBook() {
    }

    /** The SHA-256 of every file already loaded into the store. */
    static Set<String> knownHashes(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT file_hash FROM source_file")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Loaded records per type: staged per type minus those the merge quarantined. */
    static Map<String, Long> loadedByType(Connection c, long loadId, StageCounts counts) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>(counts.stagedByType());
        try (PreparedStatement ps = c.prepareStatement("SELECT resource_type, count(*) FROM quarantine WHERE load_id = ? "
                + "AND reason IN (?, ?, ?, ?) GROUP BY resource_type")) {
            ps.setLong(1, loadId);
            ps.setString(2, Merger.UNKNOWN_SUBJECT);
            ps.setString(3, Merger.DUPLICATE_ID);
            ps.setString(4, Merger.BEFORE_BIRTH);
            ps.setString(5, Merger.AFTER_DEATH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), -rs.getLong(2), Long::sum);
                }
            }
        }
        return out;
    }

    /** Writes the load's row of {@code load_history}. */
    static void history(Connection c, LoadReport r, Instant started, Map<SourceFile, String> toRead)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO load_history (load_id, started_at, finished_at, "
                + "sources, records_read, records_loaded, records_quarantined, records_skipped_by_type, extract_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.loadId());
            ps.setTimestamp(2, Timestamp.from(started));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, toRead.keySet().stream().map(SourceFile::name).collect(Collectors.joining(";")));
            ps.setLong(5, r.read());
            ps.setLong(6, r.loaded());
            ps.setLong(7, r.quarantined());
            ps.setLong(8, r.skippedByType());
            ps.setObject(9, r.extractDate());
            ps.executeUpdate();
        }
    }
}

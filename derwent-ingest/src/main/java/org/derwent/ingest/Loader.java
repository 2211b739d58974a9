package org.derwent.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.derwent.ingest.check.Checks;
import org.derwent.ingest.check.DistinctHashes;
import org.derwent.ingest.csv.CsvExtractReader;
import org.derwent.ingest.csv.FileLines;
import org.derwent.ingest.csv.PlainCsvReader;
import org.derwent.ingest.fhir.BundleReader;
import org.derwent.ingest.fhir.NdjsonReader;
import org.derwent.ingest.fhir.ResourceCheck;
import org.derwent.ingest.fhir.sql.PlainNdjsonReader;
import org.derwent.ingest.fhir.validation.HapiValidation;
import org.derwent.ingest.lines.PatientKeys;
import org.derwent.ingest.parallel.Pipeline;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.source.FileHash;
import org.derwent.ingest.source.FileScans;
import org.derwent.ingest.source.Format;
import org.derwent.ingest.source.JsonLines;
import org.derwent.ingest.source.SourceFile;
import org.derwent.ingest.source.SourceScanner;
import org.derwent.ingest.stage.Merger;
import org.derwent.ingest.stage.StageCounts;
import org.derwent.ingest.stage.Stager;
import org.derwent.store.schema.DuckDbDialect;
import org.derwent.store.schema.Store;
import org.derwent.store.schema.StoreSchema;
import org.derwent.store.schema.Table;
import org.duckdb.DuckDBConnection;

/**
 * One load: finds the input files, skips those whose content is already in the store, reads every record
 * (validating and pseudonymising it) into staging tables, then merges into the store in a single transaction
 * with the load's bookkeeping. A failure or a kill before the commit leaves the store as it was.
 *
 * <p>See docs/ingest.md.
 */
public final class Loader {
    private final Store store;
    private final Pseudonymiser pseudonymiser;
    private final LocalDate extractDate;
    private final LoadListener listener;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private String memoryLimit = DEFAULT_MEMORY_LIMIT;
    private boolean sqlCsv = true;
    private boolean sqlNdjson = true;
    private int csvBufferSize;
    private ResourceCheck validation = ResourceCheck.NONE;

    /** DuckDB memory limit during a load; staging beyond it spills to the store's temporary directory. */
    public static final String DEFAULT_MEMORY_LIMIT = "3GB";

    public Loader(Store store, Pseudonymiser pseudonymiser, LocalDate extractDate, LoadListener listener) {
        if (!(store.dialect() instanceof DuckDbDialect)) {
            throw new LoadException("load writes to DuckDB stores only (bulk appender); " + store.url() + " is "
                    + store.dialect().name());
        }
        this.store = store;
        this.pseudonymiser = pseudonymiser;
        this.extractDate = extractDate;
        this.listener = listener;
    }

    /** Sets the DuckDB memory limit for this load, e.g. {@code 3GB} (keeps peak memory bounded on big loads). */
    public Loader memoryLimit(String limit) {
        if (!limit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
            throw new IllegalArgumentException("memory limit '" + limit + "': expected a size such as 3GB or 512MB");
        }
        this.memoryLimit = limit;
        return this;
    }

    /**
     * Whether plain clinical CSV tables are read inside DuckDB ({@link PlainCsvReader}, the default) or record by
     * record in Java ({@code false}); both give the same rows, quarantine and counts.
     */
    public Loader sqlCsv(boolean on) {
        this.sqlCsv = on;
        return this;
    }

    /**
     * Whether FHIR NDJSON files are read inside DuckDB where their lines allow ({@link PlainNdjsonReader}, the
     * default; not when resources are validated) or line by line in Java ({@code false}); both give the same rows,
     * quarantine and counts.
     */
    public Loader sqlNdjson(boolean on) {
        this.sqlNdjson = on;
        return this;
    }

    /**
     * DuckDB's CSV read buffer for the plain CSV path in bytes (0, the default, leaves DuckDB's own); tests set a
     * small one so that even small files are scanned as many parallel chunks.
     */
    public Loader csvBufferSize(int bytes) {
        this.csvBufferSize = bytes;
        return this;
    }

    /**
     * Whether each FHIR resource of a type Derwent maps is first validated against the base R4 StructureDefinitions
     * ({@link HapiValidation}; off by default, when nothing of HAPI FHIR is loaded). See docs/ingest.md, "Validation".
     */
    public Loader validate(boolean on) {
        this.validation = on ? new HapiValidation() : ResourceCheck.NONE;
        return this;
    }

    public LoadReport load(List<Path> sources) {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        SourceScanner scan = SourceScanner.scan(sources);
        try (Connection conn = store.connection()) {
            DuckDBConnection c = conn.unwrap(DuckDBConnection.class);
            tune(c);
            long loadId = scalar(c, "SELECT COALESCE(max(load_id), 0) + 1 FROM load_history");
            Set<String> known = LoadBook.knownHashes(c);
            List<FileReport> reports = new ArrayList<>();
            Map<SourceFile, String> toRead = new LinkedHashMap<>();
            Set<SourceFile> plain = new HashSet<>();
            Map<SourceFile, JsonLines> jsonLines = new java.util.HashMap<>();
            Set<String> seen = new HashSet<>();
            Map<SourceFile, Table> empty = emptyTargets(c, scan.files());
            Map<SourceFile, FileHash.Scan> hashes = FileScans.all(scan.files(), empty.keySet(), f -> sqlNdjson
                    && validation == ResourceCheck.NONE && f.format() == Format.FHIR_NDJSON, threads);
            for (SourceFile f : scan.files()) {
                FileHash.Scan fs = hashes.get(f);
                String hash = fs.sha256();
                if (sqlCsv && PlainCsvReader.accepts(f, fs.plain())) {
                    plain.add(f);
                }
                if (fs.json() != null && PlainNdjsonReader.accepts(fs.json())) {
                    jsonLines.put(f, fs.json());
                }
                if (known.contains(hash) || !seen.add(hash)) {
                    reports.add(new FileReport(f.name(), f.format().name(), hash,
                            known.contains(hash) ? "already-loaded" : "duplicate", 0, 0, 0, 0));
                } else {
                    toRead.put(f, hash);
                }
            }
            long bytes = 0;
            for (SourceFile f : toRead.keySet()) {
                bytes += Files.size(f.path());
            }
            listener.started(bytes, toRead.size());
            Map<SourceFile, Table> direct = direct(toRead.keySet(), plain, empty);
            Set<SourceFile> jsonDirect = jsonDirect(c, toRead.keySet(), jsonLines.keySet(), direct);
            Merger m = new Merger(c, store.dialect(), loadId, listener::phase);
            try {
                StageCounts counts;
                Map<String, DistinctHashes> stagedIds;
                long merged = -1;
                Map<Table, String> directTypes = Map.of();
                Set<Table> distinctIds = new HashSet<>();
                try (Stager stager = new Stager(c, store.dialect());
                     Pipeline pipeline = new Pipeline(threads, () -> new Checks(extractDate, pseudonymiser.copy()), stager,
                             listener::progress)) {
                    PatientKeys keys = new PatientKeys(c, pseudonymiser.copy());
                    PlainCsvReader sql = new PlainCsvReader(c, keys, extractDate).bufferSize(csvBufferSize);
                    PlainNdjsonReader json = new PlainNdjsonReader(c, keys, extractDate, validation);
                    List<PlainNdjsonReader.Held> held = new ArrayList<>();
                    for (SourceFile f : toRead.keySet()) {
                        if (jsonDirect.contains(f)) {
                            holdJson(f, jsonLines.get(f), json, pipeline, stager).ifPresent(held::add);
                        } else if (jsonLines.containsKey(f)) {
                            readJson(f, jsonLines.get(f), json, pipeline, stager);
                        } else if (!direct.containsKey(f)) {
                            read(f, plain.contains(f), sql, pipeline, stager);
                        }
                    }
                    if (!direct.isEmpty() || !held.isEmpty()) {
                        directTypes = new LinkedHashMap<>();
                        Set<SourceFile> proven = direct.keySet().stream().filter(f -> hashes.get(f).firstFieldsDistinct())
                                .collect(Collectors.toSet());
                        merged = readDirect(c, m, loadId, direct, sql, pipeline, stager, directTypes, proven,
                                distinctIds, held, json);
                    }
                    drain(pipeline);
                    counts = stager.counts();
                    stagedIds = stager.stagedIds();
                }
                listener.readingDone();
                return merge(c, m, merged, loadId, started, t0, counts, toRead, reports, scan, directTypes, distinctIds,
                        stagedIds);
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LoadException("load into " + store.url() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LoadException("cannot read input: " + e.getMessage(), e);
        }
    }

    /**
     * The clinical CSV files whose store table is empty as the load begins, with that table (none when CSV is read in
     * Java): the files that may go straight into the store, and so the only ones whose record ids are collected while
     * they are hashed.
     */
    private Map<SourceFile, Table> emptyTargets(Connection c, List<SourceFile> files) throws SQLException {
        Map<SourceFile, Table> out = new LinkedHashMap<>();
        for (SourceFile f : files) {
            Table t = sqlCsv ? f.table().flatMap(PlainCsvReader::storeTable).orElse(null) : null;
            if (t != null && scalar(c, "SELECT count(*) FROM (SELECT 1 FROM " + t.name() + " LIMIT 1) x") == 0) {
                out.put(f, t);
            }
        }
        return out;
    }

    /**
     * The plain clinical CSV files that go straight into their store table (see {@code PlainCsvReader.insert}): the
     * table was empty when the load began ({@code empty}), and no other file of this load has the same name (the lines
     * loaded are found again by file name and line).
     */
    private static Map<SourceFile, Table> direct(Set<SourceFile> files, Set<SourceFile> plain, Map<SourceFile, Table> empty) {
        Map<String, Long> names = files.stream().collect(Collectors.groupingBy(SourceFile::name, Collectors.counting()));
        Map<SourceFile, Table> out = new LinkedHashMap<>();
        for (SourceFile f : files) {
            if (plain.contains(f) && names.get(f.name()) == 1 && empty.containsKey(f)) {
                out.put(f, empty.get(f));
            }
        }
        return out;
    }

    /** Reads one file into staging: plain clinical CSV by SQL where DuckDB can, everything else in Java. */
    private void read(SourceFile f, boolean plainCsv, PlainCsvReader sql, Pipeline pipeline, Stager stager)
            throws IOException {
        listener.phase("reading " + f.name());
        stager.counts().touch(f.name());
        long loaded = plainCsv ? readSql(() -> sql.read(f, pipeline), f) : -1;
        if (loaded < 0) {
            read(f, pipeline);
        } else {
            sqlLoaded(stager, f, loaded);
        }
    }

    /**
     * The direct reads: every direct file's lines are read first (outside the transaction, so they scan in parallel;
     * the patient ids of a plain patients.csv were keyed when it was staged), then, in the load's transaction, the people are merged and each file
     * is inserted into its store table. A diagnosis file is staged instead when FHIR encounters of this load rank
     * diagnoses (the staged merge applies the ranks). Fills {@code types} (table -> resource type of its direct rows)
     * and {@code distinct} (the tables whose direct file is in {@code proven}, its ids all different, and has its
     * record id in the first column); returns the people merged.
     */
    private long readDirect(DuckDBConnection c, Merger m, long loadId, Map<SourceFile, Table> direct,
                            PlainCsvReader sql, Pipeline pipeline, Stager stager,
                            Map<Table, String> types, Set<SourceFile> proven, Set<Table> distinct,
                            List<PlainNdjsonReader.Held> heldJson, PlainNdjsonReader json)
            throws SQLException, IOException {
        Map<FileLines, Table> held = new LinkedHashMap<>();
        for (Map.Entry<SourceFile, Table> e : direct.entrySet()) {
            listener.phase("reading " + e.getKey().name());
            stager.counts().touch(e.getKey().name());
            FileLines lines = sql.lines(e.getKey());
            if (lines == null) {
                read(e.getKey(), pipeline);
            } else {
                held.put(lines, e.getValue());
            }
        }
        drain(pipeline);
        stager.flush();
        boolean ranked = scalar(c, "SELECT count(*) FROM stg_diag_rank") > 0;
        c.setAutoCommit(false);
        long merged = m.mergePeople();
        m.prepareLinks();
        for (Map.Entry<FileLines, Table> e : held.entrySet()) {
            FileLines lines = e.getKey();
            Table t = e.getValue();
            listener.phase("loading " + lines.file().name());
            long loaded;
            if (t == StoreSchema.DIAGNOSIS && ranked) {
                loaded = readSql(() -> sql.stage(lines, pipeline), lines.file());
            } else {
                loaded = readSql(() -> sql.insert(lines, t, Merger.eventDate(t), loadId, pipeline), lines.file());
                types.put(t, lines.table().fileName());
                if (proven.contains(lines.file()) && lines.idFirst()) {
                    distinct.add(t);
                }
            }
            sqlLoaded(stager, lines.file(), loaded);
        }
        for (PlainNdjsonReader.Held h : heldJson) {
            listener.phase("loading " + h.file().name());
            long loaded = readSql(() -> json.insert(h, Merger.eventDate(h.table()), loadId, pipeline), h.file());
            types.put(h.table(), h.typeName());
            jsonLoaded(stager, h.file(), Map.of(h.typeName(), loaded), h.lines());
        }
        return merged;
    }

    /**
     * The FHIR NDJSON files the SQL maps that go straight into their store table: the table was empty when the load
     * began, no other file of this load has the same name (the lines loaded are found again by file name and line),
     * and no plain CSV file goes straight into the same table (the table's direct rows have one resource type).
     */
    private static Set<SourceFile> jsonDirect(Connection c, Set<SourceFile> files, Set<SourceFile> json,
                                              Map<SourceFile, Table> direct) throws SQLException, IOException {
        Map<String, Long> names = files.stream().collect(Collectors.groupingBy(SourceFile::name, Collectors.counting()));
        Set<SourceFile> out = new HashSet<>();
        for (SourceFile f : files) {
            if (!json.contains(f)) {
                continue;
            }
            Optional<Table> t = PlainNdjsonReader.table(f);
            if (t.isPresent() && names.get(f.name()) == 1 && !direct.containsValue(t.get())
                    && scalar(c, "SELECT count(*) FROM (SELECT 1 FROM " + t.get().name() + " LIMIT 1) x") == 0) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Reads a FHIR NDJSON file that goes straight into the store into a held table (see
     * {@link PlainNdjsonReader#hold}), or, when DuckDB cannot, into staging in Java.
     */
    private Optional<PlainNdjsonReader.Held> holdJson(SourceFile f, JsonLines shape, PlainNdjsonReader json,
                                                      Pipeline pipeline, Stager stager) throws IOException {
        listener.phase("reading " + f.name());
        stager.counts().touch(f.name());
        PlainNdjsonReader.Held h = readSql(() -> json.hold(f, shape, pipeline), f);
        if (h == null) {
            read(f, pipeline);
        }
        return Optional.ofNullable(h);
    }

    /** Reads one FHIR NDJSON file inside DuckDB where it can (see {@link PlainNdjsonReader}), else in Java. */
    private void readJson(SourceFile f, JsonLines shape, PlainNdjsonReader json, Pipeline pipeline, Stager stager)
            throws IOException {
        listener.phase("reading " + f.name());
        stager.counts().touch(f.name());
        Map<String, Long> staged = readSql(() -> json.read(f, shape, pipeline), f);
        if (staged == null) {
            read(f, pipeline);
            return;
        }
        jsonLoaded(stager, f, staged, shape.lines());
    }

    /** Counts the records the SQL of a FHIR NDJSON file loaded, and moves the progress bar past the file. */
    private void jsonLoaded(Stager stager, SourceFile f, Map<String, Long> loaded, long lines) throws IOException {
        loaded.forEach((type, n) -> stager.counts().loaded(f.name(), type, n));
        listener.phase("mapped " + loaded.values().stream().mapToLong(Long::longValue).sum() + " of " + lines
                + " lines of " + f.name() + " inside DuckDB");
        listener.progress(Files.size(f.path()));
    }

    /** Counts the records the SQL of a plain CSV file loaded, and moves the progress bar past the file. */
    private void sqlLoaded(Stager stager, SourceFile f, long loaded) throws IOException {
        stager.counts().loaded(f.name(), f.table().orElseThrow().fileName(), loaded);
        listener.progress(Files.size(f.path()));
    }

    /** A read by SQL. */
    private interface SqlRead<T> {
        T run() throws Exception;
    }

    private void read(SourceFile f, Pipeline pipeline) {
        try {
            switch (f.format()) {
                case FHIR_NDJSON -> NdjsonReader.read(f, pipeline, validation);
                case FHIR_JSON -> BundleReader.read(f, pipeline, validation);
                case CSV_EXTRACT -> CsvExtractReader.read(f, pipeline);
            }
        } catch (CharacterCodingException e) {
            throw new LoadException(f.path() + " is not valid UTF-8 text (" + e.getMessage() + "); nothing was loaded", e);
        } catch (IOException e) {
            throw new LoadException("cannot read " + f.path() + ": " + e.getMessage() + "; nothing was loaded", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LoadException("reading " + f.path() + " failed: " + e.getMessage(), e);
        }
    }

    private static <T> T readSql(SqlRead<T> read, SourceFile f) {
        try {
            return read.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LoadException("reading " + f.path() + " failed: " + e.getMessage(), e);
        }
    }

    private static void drain(Pipeline pipeline) {
        try {
            pipeline.drain();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LoadException("reading failed: " + e.getMessage(), e);
        }
    }

    /**
     * Merges what is staged and commits, within the load's transaction (begun here unless the direct reads began it,
     * having merged the people already: {@code merged} >= 0).
     */
    private LoadReport merge(DuckDBConnection c, Merger m, long merged, long loadId, Instant started, long t0,
                             StageCounts counts, Map<SourceFile, String> toRead, List<FileReport> reports,
                             SourceScanner scan, Map<Table, String> directTypes, Set<Table> distinctIds,
                             Map<String, DistinctHashes> stagedIds) throws SQLException {
        c.setAutoCommit(false);
        if (merged < 0) {
            merged = m.mergePeople();
            m.prepareLinks();
        }
        m.mergeRegistrations();
        for (Table t : StoreSchema.CLINICAL) {
            m.mergeClinical(t, directTypes.get(t), distinctIds.contains(t), stagedIds.get(t.name()));
        }
        m.mergeReadQuarantine();
        Map<String, Long> qByFile = m.quarantinedByFile();
        Map<String, Long> reasons = m.quarantinedByReason();
        List<FileReport> files = new ArrayList<>();
        for (Map.Entry<SourceFile, String> e : toRead.entrySet()) {
            StageCounts.FileCounts fc = counts.files().get(e.getKey().name());
            long q = qByFile.getOrDefault(e.getKey().name(), 0L);
            files.add(new FileReport(e.getKey().name(), e.getKey().format().name(), e.getValue(), "loaded", fc.read,
                    fc.read - q - fc.skipped, q, fc.skipped));
            for (String sql : store.dialect().upsert(StoreSchema.SOURCE_FILE,
                    "SELECT ? AS file_hash, ? AS file_name, ? AS load_id")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey().name());
                    ps.setLong(3, loadId);
                    ps.executeUpdate();
                }
            }
        }
        files.addAll(reports);
        long read = files.stream().mapToLong(FileReport::read).sum();
        long quarantined = files.stream().mapToLong(FileReport::quarantined).sum();
        long skipped = files.stream().mapToLong(FileReport::skippedByType).sum();
        Map<String, Long> loadedByType = LoadBook.loadedByType(c, loadId, counts);
        double seconds = (System.nanoTime() - t0) / 1e9;
        LoadReport report = new LoadReport(loadId, store.url(), extractDate, seconds, read,
                read - quarantined - skipped, quarantined, skipped, counts.skippedByType(), loadedByType, reasons,
                merged, files, scan.ignored().stream().map(Path::toString).toList(), validation.warnings());
        LoadBook.history(c, report, started, toRead);
        listener.phase("committing");
        c.commit();
        return report;
    }

    private void tune(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET preserve_insertion_order = false");
            s.execute("SET memory_limit = '" + memoryLimit + "'");
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.derwent.cli.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.derwent.cli.ConfigOption;
import org.derwent.ingest.LoadListener;
import org.derwent.ingest.LoadReport;
import org.derwent.ingest.Loader;
import org.derwent.ingest.pseudo.KeyFile;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.ingest.source.ExtractManifest;
import org.derwent.store.schema.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derwent load SOURCE...}: loads FHIR R4 (NDJSON, Bundles) and CSV extracts into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load FHIR R4 Bulk NDJSON, FHIR Bundles and CSV flat extracts into the store (one transaction).",
            "Identifiers are pseudonymised with a keyed HMAC; bad records go to quarantine; see docs/ingest.md."})
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files or directories (searched recursively).")
    List<Path> sources;

    @Option(names = "--store", paramLabel = "PATH", description = "DuckDB store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/derwent.duckdb")
    Path store;

    @Mixin
    ConfigOption config;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Pseudonymisation key file (created if missing). Default: env DERWENT_KEY, else ~/.derwent/key.")
    Path keyFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Load report (default: load-report.json next to the store).")
    Path report;

    @Option(names = "--extract-date", paramLabel = "YYYY-MM-DD",
            description = "Date of the extract; later dates are impossible (default: extractDate of a manifest.json "
                    + "beside the sources, else today).")
    LocalDate extractDate;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = Loader.DEFAULT_MEMORY_LIMIT,
            description = "DuckDB memory limit while loading; more spills to disk (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Option(names = "--java-csv", description = "Read every CSV record in Java instead of reading plain clinical "
            + "tables inside DuckDB (same result, slower; for comparison).")
    boolean javaCsv;

    @Option(names = "--java-ndjson", description = "Read every FHIR NDJSON line in Java instead of mapping plain lines "
            + "inside DuckDB (same result, slower; for comparison).")
    boolean javaNdjson;

    @Option(names = "--validate", description = "Validate each FHIR resource against the base R4 StructureDefinitions "
            + "(HAPI FHIR) before mapping: errors are quarantined, warnings counted (slower; see docs/ingest.md).")
    boolean validate;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(KeyFile.resolve(keyFile));
        LoadReport r;
        try (Store s = Store.duckDb(store)) {
            s.writeFootprint(config.load());
            LoadListener listener = noProgress ? LoadListener.NONE : new ProgressBarListener();
            LocalDate date = extractDate != null ? extractDate
                    : ExtractManifest.extractDate(sources).orElse(LocalDate.now());
            r = new Loader(s, pseudonymiser, date, listener)
                    .memoryLimit(memoryLimit).sqlCsv(!javaCsv).sqlNdjson(!javaNdjson).validate(validate).load(sources);
        }
        Path out = report != null ? report : store.toAbsolutePath().resolveSibling("load-report.json");
        r.write(out);
        System.out.print(r.summary());
        System.out.println("  report: " + out);
        return r.reconciles() ? 0 : 2;
    }
}

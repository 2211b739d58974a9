package org.derwent.cli.ingest;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.derwent.cli.ConfigOption;
import org.derwent.ingest.quality.QualityChecker;
import org.derwent.ingest.quality.QualityReport;
import org.derwent.ingest.quality.QualityWriter;
import org.derwent.store.schema.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code derwent quality}: writes quality.json and quality.md for the store. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Report data quality per load and per source organisation: completeness, validity,",
            "consistency, uniqueness, timeliness (quality.json and quality.md); see docs/quality.md."})
public final class QualityCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "PATH", description = "DuckDB store file or JDBC URL (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/derwent.duckdb")
    String store;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the store's directory).")
    Path out;

    @Option(names = "--codelists", paramLabel = "DIR",
            description = "Reference codelists for plausible values (default: reference/codelists in the Derwent home).")
    Path codelists;

    @Override
    public Integer call() throws Exception {
        if (!store.startsWith("jdbc:") && !java.nio.file.Files.exists(Path.of(store))) {
            throw new IllegalArgumentException("no store at " + store + " (run derwent load first)");
        }
        QualityReport r;
        try (Store s = Store.open(store)) {
            r = new QualityChecker(s, codelists != null ? codelists
                    : ConfigOption.home().resolve("reference").resolve("codelists")).check();
        }
        Path dir = out != null ? out : store.startsWith("jdbc:") ? Path.of(".")
                : Path.of(store).toAbsolutePath().getParent();
        Path md = QualityWriter.write(r, dir);
        System.out.println("quality report: " + md + " and " + dir.resolve("quality.json"));
        return 0;
    }
}

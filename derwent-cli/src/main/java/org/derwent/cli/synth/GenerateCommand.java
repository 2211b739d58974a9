package org.derwent.cli.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.derwent.cli.ConfigOption;
import org.derwent.model.footprint.Ics;
import org.derwent.synth.calibration.CalibrationReport;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.generate.GenerationResult;
import org.derwent.synth.generate.Generator;
import org.derwent.synth.generate.GeneratorOptions;
import org.derwent.synth.generate.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code derwent generate}: writes a calibrated synthetic population as CSV and/or FHIR R4 NDJSON. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic population calibrated on the ICS configuration's public data.",
            "Writes DIR/csv/ (CSV extract), DIR/fhir/ (FHIR R4 NDJSON) and DIR/manifest.json.",
            "Same seed and options give byte-identical output. See docs/synthetic-population.md."})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--patients", paramLabel = "N", description = "Living registered patients (default: the configured registered population).")
    Long patients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, fhir or both (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--extract-date", paramLabel = "YYYY-MM-DD", description = "Date the extract describes (default: the configuration's reference date).")
    LocalDate extractDate;

    @Option(names = "--practices", paramLabel = "ODS", split = ",", description = "Only these practices (comma-separated ODS codes).")
    List<String> practices;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--codelists", paramLabel = "DIR", description = "Codelist directory (default: reference/codelists in the Derwent home).")
    Path codelists;

    @Option(names = "--report", paramLabel = "FILE.md", description = "Also write a calibration report (needs CSV output).")
    Path report;

    @Override
    public Integer call() {
        Ics ics = config.load();
        OutputFormat f = parseFormat(format);
        if (report != null && !f.csv()) {
            throw new IllegalArgumentException("--report reads the CSV extract; use --format csv or both");
        }
        Set<String> only = practices == null ? Set.of() : new LinkedHashSet<>(practices);
        long n = patients != null ? patients : ics.registeredPopulation();
        Path lists = codelists != null ? codelists : CodelistLibrary.defaultDir(ConfigOption.home());
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        LocalDate date = extractDate != null ? extractDate : ics.referenceDate();
        long expected = only.isEmpty() ? n : estimate(ics, n, only);
        GenerationResult r;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("generate").setInitialMax(expected)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" patients", 1).setUpdateIntervalMillis(500).build()) {
            GeneratorOptions o = new GeneratorOptions(ics, lists, n, seed, date, f, out, only, t, bar::stepBy);
            r = Generator.run(o);
            bar.stepTo(expected);
        }
        printSummary(r);
        if (report != null) {
            CalibrationReport.write(ics, lists, out, report);
            System.out.println("calibration report: " + report);
        }
        return 0;
    }

    static OutputFormat parseFormat(String s) {
        return switch (s.toLowerCase()) {
            case "csv" -> OutputFormat.CSV;
            case "fhir" -> OutputFormat.FHIR;
            case "both" -> OutputFormat.BOTH;
            default -> throw new IllegalArgumentException("--format must be csv, fhir or both, got '" + s + "'");
        };
    }

    private static long estimate(Ics ics, long n, Set<String> only) {
        double share = ics.practices().stream().filter(p -> only.contains(p.code())).mapToDouble(p -> p.listSize()).sum()
                / ics.registeredPopulation();
        return Math.round(n * share);
    }

    private static void printSummary(GenerationResult r) {
        System.out.printf("patients: %,d (%,d living, %,d deceased)%n", r.patients(), r.living(), r.deceased());
        long total = 0;
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(r.records()).entrySet()) {
            System.out.printf("  %-24s %,14d%n", e.getKey(), e.getValue());
            total += e.getValue();
        }
        System.out.printf("records: %,d (%.1f per patient)%n", total, r.patients() == 0 ? 0 : (double) total / r.patients());
        System.out.printf("seconds: %.1f   patients/s: %,.0f%n", r.seconds(), r.patientsPerSecond());
    }
}

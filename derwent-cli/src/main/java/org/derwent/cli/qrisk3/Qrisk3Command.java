package org.derwent.cli.qrisk3;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.derwent.qrisk3.Disclaimer;
import org.derwent.qrisk3.Qrisk3;
import org.derwent.qrisk3.csv.CsvSummary;
import org.derwent.qrisk3.csv.Qrisk3CsvScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code derwent qrisk3 --in FILE.csv [--out FILE.csv] [--strict]}: scores QRISK3-2017 for each row and prints
 * ClinRisk's disclaimer. Columns and codings: docs/qrisk3.md.
 */
@Command(name = "qrisk3", mixinStandardHelpOptions = true,
        description = {"Score QRISK3-2017 10-year cardiovascular risk for each row of a CSV (columns as in docs/qrisk3.md).",
            "Writes the input columns plus qrisk3_score, imputed and error; prints ClinRisk's disclaimer.",
            "Exit code 0 when every row was scored, 2 when some rows could not be scored (see their error column)."})
public final class Qrisk3Command implements Callable<Integer> {
    /** Exit code when at least one row could not be scored. */
    public static final int SOME_ROWS_FAILED = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input CSV (UTF-8) with a header line.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output CSV; standard output when omitted. "
            + "The disclaimer is also written beside it as FILE.disclaimer.txt.")
    Path out;

    @Option(names = "--strict", description = "Stop with an error at the first row that cannot be scored, "
            + "instead of writing an error column.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new IllegalArgumentException("input file " + in + " does not exist or is not a file");
        }
        PrintWriter err = spec.commandLine().getErr();
        Qrisk3CsvScorer scorer = new Qrisk3CsvScorer(Qrisk3.published(), strict);
        CsvSummary summary;
        boolean done = false;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                summary = scorer.score(reader, stdout, in.toString());
            } else {
                Files.writeString(Path.of(out + ".disclaimer.txt"), Disclaimer.notice() + System.lineSeparator());
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                    summary = scorer.score(reader, w, in.toString());
                }
            }
            done = true;
        } finally {
            if (!done) {
                // Rows scored before a failure may already be on screen or in the file: they need the disclaimer too.
                err.println(Disclaimer.notice());
                err.flush();
            }
        }
        PrintWriter report = out == null ? err : spec.commandLine().getOut();
        summary.describe().forEach(report::println);
        if (out != null) {
            report.println("wrote " + out + " and " + out + ".disclaimer.txt");
        }
        report.println();
        report.println(Disclaimer.notice());
        report.flush();
        return summary.errors() == 0 ? 0 : SOME_ROWS_FAILED;
    }
}

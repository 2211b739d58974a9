/*
 * derwent-qrisk3: an implementation of QRISK3-2017 (ClinRisk Ltd., https://qrisk.org).
 * Licensed under the GNU Lesser General Public License v3.0 or later with ClinRisk's additional terms;
 * see LICENSE in this module. The disclaimer in org.derwent.qrisk3.Disclaimer must accompany any score.
 */
package org.derwent.qrisk3.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.derwent.qrisk3.Disclaimer;
import org.derwent.qrisk3.Qrisk3;
import org.derwent.qrisk3.Qrisk3Flag;
import org.derwent.qrisk3.Qrisk3Input;
import org.derwent.qrisk3.csv.CsvSummary;
import org.derwent.qrisk3.csv.Qrisk3CsvScorer;

/**
 * Scores 1.1 million (or {@code args[0]}) synthetic QRISK3 input rows in memory (one thread and all cores) and
 * through the CSV path, and prints rows per second. Run:
 * {@code java -cp derwent-cli/target/derwent.jar org.derwent.qrisk3.bench.Qrisk3Benchmark [rows]}.
 */
public final class Qrisk3Benchmark {
    private Qrisk3Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_100_000;
        long t0 = System.nanoTime();
        List<Qrisk3Input> inputs = SyntheticInputs.generate(n, 20_170_101L);
        report("generate inputs", n, t0);
        Qrisk3 q = Qrisk3.published();
        for (int warm = 0; warm < 2; warm++) {
            inputs.subList(0, Math.min(n, 200_000)).forEach(q::score);
        }
        t0 = System.nanoTime();
        double sum = 0;
        long imputed = 0;
        for (Qrisk3Input in : inputs) {
            var r = q.score(in);
            sum += r.score();
            imputed += r.anyImputed() ? 1 : 0;
        }
        report("score in memory, 1 thread", n, t0);
        t0 = System.nanoTime();
        double parallelSum = inputs.parallelStream().mapToDouble(q::percent).sum();
        report("score in memory, " + Runtime.getRuntime().availableProcessors() + " cores", n, t0);
        System.out.printf(Locale.ROOT, "mean score %.4f%% (parallel %.4f%%), rows with an imputed input %.1f%%%n",
                sum / n, parallelSum / n, 100.0 * imputed / n);

        Path dir = Files.createTempDirectory("qrisk3-bench");
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        try {
            writeCsv(inputs, in);
            t0 = System.nanoTime();
            CsvSummary s;
            try (BufferedReader r = Files.newBufferedReader(in); Writer w = Files.newBufferedWriter(out)) {
                s = new Qrisk3CsvScorer(q, true).score(r, w, in.toString());
            }
            report("score CSV file to CSV file (" + Files.size(in) / (1 << 20) + " MiB in)", s.scored(), t0);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
        System.out.println();
        System.out.println(Disclaimer.notice());
    }

    private static void report(String what, long rows, long startNanos) {
        double s = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %,10d rows in %6.2f s = %,12.0f rows/s%n", what, rows, s, rows / s);
    }

    private static void writeCsv(List<Qrisk3Input> inputs, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            StringBuilder h = new StringBuilder("age,sex,ethrisk,smoke_cat,bmi,rati,sbp,sbps5,town,b_type1,b_type2");
            for (Qrisk3Flag f : Qrisk3Flag.values()) {
                h.append(',').append(f.term());
            }
            w.write(h.append('\n').toString());
            StringBuilder sb = new StringBuilder(128);
            for (Qrisk3Input x : inputs) {
                sb.setLength(0);
                sb.append(x.age()).append(',').append(x.sex().name().charAt(0)).append(',')
                        .append(x.ethnicity() == null ? "" : Integer.toString(x.ethnicity().code())).append(',')
                        .append(x.smoking().code());
                for (Double d : new Double[] {x.bmi(), x.cholesterolHdlRatio(), x.systolicBp(), x.systolicBpSd(), x.townsend()}) {
                    sb.append(',').append(d == null ? "" : d.toString());
                }
                sb.append(',').append(x.diabetes() == org.derwent.qrisk3.Diabetes.TYPE_1 ? 1 : 0)
                        .append(',').append(x.diabetes() == org.derwent.qrisk3.Diabetes.TYPE_2 ? 1 : 0);
                for (Qrisk3Flag f : Qrisk3Flag.values()) {
                    sb.append(',').append(x.has(f) ? 1 : 0);
                }
                w.write(sb.append('\n').toString());
            }
        }
    }
}

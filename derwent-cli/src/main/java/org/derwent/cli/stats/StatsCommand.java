package org.derwent.cli.stats;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.derwent.measures.stats.ImprovementDirection;
import org.derwent.measures.stats.csv.CsvOutput;
import org.derwent.measures.stats.csv.StatsInputException;
import org.derwent.measures.stats.csv.StatsMethod;
import org.derwent.measures.stats.csv.StatsOptions;
import org.derwent.measures.stats.funnel.FunnelType;
import org.derwent.measures.stats.funnel.OverdispersionMethod;
import org.derwent.measures.stats.inequality.InequalityTransform;
import org.derwent.measures.stats.rate.PoissonMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derwent stats METHOD --in FILE.csv [--out FILE.csv]}: the indicators' statistics on an analyst's own CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Apply a statistical method to a CSV through the same code the indicators use.",
            "METHOD is one of wilson, rate, dsr, funnel, spc, sii, suppress; docs/methods.md lists the columns each reads and writes."})
public final class StatsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "METHOD", description = "wilson, rate, dsr, funnel, spc, sii or suppress")
    String method;

    @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "input CSV (- for standard input)")
    String in;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "output CSV (default: standard output)")
    Path out;

    @Option(names = "--multiplier", description = "factor for values (default 100 for proportions, 100000 for rates, 1 for ratios)")
    Double multiplier;

    @Option(names = "--type", description = "funnel/sii: proportion (default), ratio (funnel only) or rate")
    String type;

    @Option(names = "--overdispersion", defaultValue = "none", description = "funnel: none (default), multiplicative or additive")
    String overdispersion;

    @Option(names = "--improvement", defaultValue = "neutral",
            description = "funnel/spc: increase, decrease or neutral, when the file has no improvement column (default neutral)")
    String improvement;

    @Option(names = "--target", description = "funnel: target on the output scale (default: the target column, else pooled)")
    Double target;

    @Option(names = "--ci", defaultValue = "byar", description = "rate: byar (default) or exact Poisson limits")
    String ci;

    @Option(names = "--no-screen-outliers", description = "spc: keep large moving ranges (as the MDC Excel tool)")
    boolean noScreen;

    @Option(names = "--fix-after", paramLabel = "N", description = "spc: limits from the first N points of each segment")
    Integer fixAfter;

    @Option(names = "--transform", defaultValue = "none", description = "sii: none (default), log or logit")
    String transform;

    @Option(names = "--reps", defaultValue = "100000", description = "sii: Monte Carlo repetitions (default 100000)")
    int reps;

    @Option(names = "--seed", defaultValue = "1", description = "sii: random seed (default 1)")
    long seed;

    @Option(names = "--threshold", defaultValue = "7", description = "suppress: counts 1..N are suppressed (default 7)")
    int threshold;

    @Option(names = "--base", defaultValue = "5", description = "suppress: round other counts to the nearest N (default 5)")
    int base;

    @Option(names = "--no-partition", description = "suppress: the groups of a table do not sum to a total")
    boolean noPartition;

    @Option(names = "--protect-complement", description = "suppress: also protect denominator minus numerator")
    boolean protectComplement;

    @Override
    public Integer call() throws IOException {
        StatsMethod m = StatsMethod.parse(method);
        StatsOptions options = options();
        CsvOutput result;
        if (in.equals("-")) {
            result = m.run("<stdin>", new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8), options);
        } else {
            try (Reader reader = Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8)) {
                result = m.run(in, reader, options);
            } catch (NoSuchFileException e) {
                throw new StatsInputException(in + ": file not found");
            }
        }
        result.notes().forEach(n -> System.err.println("note: " + n));
        if (out == null) {
            result.write(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                result.write(w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            System.err.printf("wrote %d rows to %s%n", result.rows().size(), out);
        }
        return 0;
    }

    private StatsOptions options() {
        return new StatsOptions(multiplier == null ? OptionalDouble.empty() : OptionalDouble.of(multiplier),
                Optional.ofNullable(type).map(t -> choice(FunnelType.class, "--type", t)),
                choice(OverdispersionMethod.class, "--overdispersion", overdispersion), direction(),
                target == null ? OptionalDouble.empty() : OptionalDouble.of(target),
                choice(PoissonMethod.class, "--ci", ci), !noScreen,
                fixAfter == null ? OptionalInt.empty() : OptionalInt.of(fixAfter),
                choice(InequalityTransform.class, "--transform", transform), reps, seed, threshold, base, !noPartition,
                protectComplement);
    }

    private ImprovementDirection direction() {
        try {
            return ImprovementDirection.parse(improvement);
        } catch (IllegalArgumentException e) {
            throw new StatsInputException("--improvement: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StatsInputException(option + ": '" + value + "' is not one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}

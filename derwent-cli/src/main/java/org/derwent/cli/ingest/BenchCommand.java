package org.derwent.cli.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derwent.ingest.bench.LoadBenchmark;
import org.derwent.ingest.bench.Runs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derwent bench}: the load benchmark ({@link LoadBenchmark}) run with the launcher's load options, so the figures
 * are those of {@code derwent load}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Load benchmark into a throwaway store: prints records/s, seconds,",
            "CPU seconds, load average and peak RSS (docs/ingest.md).",
            "  bench ndjson [PATIENTS [PER_PATIENT]]  synthetic FHIR NDJSON",
            "                                         (default 100000 x 30)",
            "  bench load SOURCE...                   existing input",
            "With --runs N, N runs in fresh JVMs and a BENCHMARK_RUNS line with the median."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--validate", description = "Validate every FHIR resource with HAPI FHIR first, as load --validate.")
    boolean validate;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Run the benchmark N times, each in "
            + "a fresh JVM, and print the median, minimum and maximum (default: once, in this JVM).")
    int runs;

    @Parameters(paramLabel = "ARG", arity = "1..*", description = "ndjson [PATIENTS [PER_PATIENT]] | load SOURCE...")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> all = new ArrayList<>(args);
        if (validate) {
            all.add(0, "--validate");
        }
        if (runs == 1) {
            LoadBenchmark.run(all.toArray(String[]::new));
        } else {
            Runs.run(runs, all.toArray(String[]::new), System.out);
        }
        return 0;
    }
}

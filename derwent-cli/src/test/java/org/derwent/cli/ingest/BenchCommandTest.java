package org.derwent.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.derwent.cli.Derwent;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code derwent bench}: runs the load benchmark and prints its figures; a wrong mode is named. */
class BenchCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Derwent.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A run's exit code and what it printed on standard output. */
    private record Printed(int code, String out) {
    }

    private Printed runPrinting(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = run(args);
            return new Printed(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(before);
        }
    }

    @Test
    void a_small_ndjson_benchmark_loads_every_resource_and_prints_the_figures_line() {
        Printed p = runPrinting("bench", "ndjson", "40", "3");
        int code = p.code();
        String out = p.out();
        assertThat(code).as(err.toString()).isZero();
        assertThat(out).contains("read 160 = loaded 160 + quarantined 0 + skipped-by-type 0")
                .containsPattern("BENCHMARK validate=false read=160 seconds=[0-9.]+ records_per_second=[0-9]+ "
                        + "cpu_seconds=[0-9.]+ cores=[0-9]+ load_average=\\S+ peak_rss_mib=-?[0-9]+ store_mib=[0-9]+");
    }

    @Test
    void runs_in_fresh_jvms_print_each_run_and_the_median_of_the_series() {
        Printed p = runPrinting("bench", "--runs", "3", "ndjson", "20", "2");
        int code = p.code();
        String out = p.out();
        assertThat(code).as(err.toString() + out).isZero();
        java.util.List<Long> rates = out.lines().filter(l -> l.startsWith("BENCHMARK validate=false read=60 "))
                .map(l -> Long.parseLong(l.replaceAll(".* records_per_second=([0-9]+) .*", "$1"))).sorted().toList();
        assertThat(rates).hasSize(3);
        assertThat(out).contains("run 3 of 3").contains("BENCHMARK_RUNS runs=3 ")
                .contains(" records_per_second_median=" + rates.get(1) + " records_per_second_min=" + rates.get(0)
                        + " records_per_second_max=" + rates.get(2) + " ");
    }

    @Test
    void an_unknown_mode_and_a_load_without_sources_are_named() {
        assertThat(run("bench", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains("derwent bench: unknown mode 'csv' (expected ndjson or load)");
        assertThat(run("bench", "load")).isEqualTo(1);
        assertThat(err.toString()).contains("load: name at least one SOURCE");
        assertThat(run("bench", "ndjson", "many")).isEqualTo(1);
        assertThat(err.toString()).contains("ndjson: 'many' is not a count of patients");
        assertThat(run("bench", "--runs", "0", "ndjson")).isEqualTo(1);
        assertThat(err.toString()).contains("--runs 0: expected at least 1");
    }
}

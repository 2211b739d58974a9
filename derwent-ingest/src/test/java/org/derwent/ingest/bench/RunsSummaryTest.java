package org.derwent.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of a benchmark series: each run's parsed from its BENCHMARK line, and their median, minimum, maximum. */
class RunsSummaryTest {
    @Test
    void a_benchmark_line_gives_its_seconds_rate_and_cpu_seconds_and_other_lines_none() {
        Runs.Figures f = Runs.Figures.of("BENCHMARK validate=false read=3100000 seconds=10.42 records_per_second=297589 "
                + "cpu_seconds=22.1 cores=2 load_average=1.4 peak_rss_mib=3178 store_mib=49");
        assertThat(f).isEqualTo(new Runs.Figures(10.42, 297589, 22.1));
        assertThat(Runs.Figures.of("  loaded Observation  3,000,000")).isNull();
        assertThat(Runs.Figures.of("BENCHMARK_RUNS runs=3 seconds_median=1.00")).isNull();
    }

    @Test
    void an_odd_series_reports_its_middle_run_and_an_even_one_the_mean_of_the_two_middle_runs() {
        List<Runs.Figures> odd = List.of(new Runs.Figures(12.5, 248059, 25.8), new Runs.Figures(10.49, 295394, 21.5),
                new Runs.Figures(10.8, 286933, 22.6));
        assertThat(Runs.summary(odd)).isEqualTo("BENCHMARK_RUNS runs=3 seconds_median=10.80 seconds_min=10.49 "
                + "seconds_max=12.50 records_per_second_median=286933 records_per_second_min=248059 "
                + "records_per_second_max=295394 cpu_seconds_median=22.6 cpu_seconds_min=21.5 cpu_seconds_max=25.8");
        List<Runs.Figures> even = List.of(new Runs.Figures(2, 100, 4), new Runs.Figures(4, 300, 8));
        assertThat(Runs.summary(even)).startsWith("BENCHMARK_RUNS runs=2 seconds_median=3.00 seconds_min=2.00 "
                + "seconds_max=4.00 records_per_second_median=200 ");
    }
}

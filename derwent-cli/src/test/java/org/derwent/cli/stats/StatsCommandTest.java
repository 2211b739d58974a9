package org.derwent.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derwent.cli.Derwent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples", "stats");

    @Test
    void every_method_runs_on_its_example(@TempDir Path dir) throws IOException {
        for (String method : List.of("wilson", "rate", "dsr", "funnel", "spc", "sii", "suppress")) {
            Path out = dir.resolve(method + ".csv");
            int rc = Derwent.commandLine().execute("stats", method, "--in", EXAMPLES.resolve(method + ".csv").toString(),
                    "--out", out.toString(), "--reps", "2000");
            assertThat(rc).as(method).isZero();
            assertThat(Files.readAllLines(out)).as(method).hasSizeGreaterThan(1);
        }
    }

    @Test
    void bad_input_exits_with_one(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "numerator,denominator\n3,two\n");
        assertThat(Derwent.commandLine().execute("stats", "wilson", "--in", in.toString())).isEqualTo(1);
        assertThat(Derwent.commandLine().execute("stats", "nonsense", "--in", in.toString())).isEqualTo(1);
    }
}

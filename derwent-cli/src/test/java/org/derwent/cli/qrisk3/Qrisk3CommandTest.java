package org.derwent.cli.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.cli.Derwent;
import org.derwent.qrisk3.Disclaimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code derwent qrisk3}: scores, error rows, exit codes and the disclaimer on every run. */
class Qrisk3CommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Derwent.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void scores_the_docs_example_to_stdout_with_the_disclaimer_on_stderr() {
        int code = run("qrisk3", "--in", "../docs/examples/qrisk3-example.csv");
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).hasSize(9);
        assertThat(out.toString()).contains("vector-m75,75,M,1,0,24.221453287197235,4,120,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,24.5926,,");
        assertThat(err.toString()).contains("8 rows read, 8 scored").contains(Disclaimer.TEXT);
    }

    @Test
    void writes_the_output_file_and_the_disclaimer_beside_it(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("scores.csv");
        int code = run("qrisk3", "--in", "../docs/examples/qrisk3-bad-rows.csv", "--out", target.toString());
        assertThat(code).isEqualTo(Qrisk3Command.SOME_ROWS_FAILED);
        assertThat(Files.readAllLines(target)).hasSize(5);
        assertThat(Files.readString(dir.resolve("scores.csv.disclaimer.txt"))).contains(Disclaimer.TEXT);
        assertThat(out.toString()).contains("3 could not be scored").contains(Disclaimer.TEXT)
                .contains("error: line 4, column 'sbp', value 'abc'");
    }

    @Test
    void strict_mode_fails_naming_the_line_and_still_shows_the_disclaimer() {
        int code = run("qrisk3", "--in", "../docs/examples/qrisk3-bad-rows.csv", "--strict");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("derwent qrisk3: ../docs/examples/qrisk3-bad-rows.csv line 3, column 'age', value '19'")
                .contains(Disclaimer.TEXT);
    }

    @Test
    void a_missing_input_file_is_named() {
        assertThat(run("qrisk3", "--in", "no-such.csv")).isEqualTo(1);
        assertThat(err.toString()).contains("input file no-such.csv does not exist");
    }
}

package org.derwent.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step is reused only with its exact fingerprint; redoing a step clears its dependants but keeps durations. */
class StepReuseTest {
    @Test
    void redoing_measures_clears_series_and_risk_but_not_load() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Stamps s = new Stamps(c);
            for (Step step : Step.values()) {
                s.finished(step, "fp-" + step.id(), 10 + step.ordinal());
            }
            assertThat(s.done(Step.RISK, "fp-risk")).isTrue();
            assertThat(s.done(Step.RISK, "other")).isFalse();
            s.clear(Step.MEASURES.withDependents());
            assertThat(s.done(Step.LOAD, "fp-load")).isTrue();
            assertThat(s.done(Step.MEASURES, "fp-measures")).isFalse();
            assertThat(s.done(Step.SERIES, "fp-series")).isFalse();
            assertThat(s.done(Step.RISK, "fp-risk")).isFalse();
            assertThat(s.lastSeconds(Step.SERIES)).contains(12.0);
        }
    }

    @Test
    void a_load_invalidates_every_later_step() {
        assertThat(Step.LOAD.withDependents()).containsExactly(Step.LOAD, Step.MEASURES, Step.SERIES, Step.RISK);
        assertThat(Step.SERIES.withDependents()).containsExactly(Step.SERIES);
    }

    @Test
    void fingerprints_change_with_inputs_and_code_only(@TempDir Path dir) throws Exception {
        Path measures = Files.createDirectories(dir.resolve("measures"));
        Files.writeString(measures.resolve("a.yaml"), "id: A\n");
        String first = new Fingerprint().contents(measures).code(List.of("org/derwent/cli/demo/")).hex();
        String again = new Fingerprint().contents(measures).code(List.of("org/derwent/cli/demo/")).hex();
        assertThat(again).isEqualTo(first);
        Files.writeString(measures.resolve("a.yaml"), "id: B\n");
        assertThat(new Fingerprint().contents(measures).code(List.of("org/derwent/cli/demo/")).hex()).isNotEqualTo(first);
        Files.writeString(measures.resolve("a.yaml"), "id: A\n");
        assertThat(new Fingerprint().contents(measures).code(List.of("org/derwent/cli/serve/")).hex()).isNotEqualTo(first);
    }

    @Test
    void data_files_are_fingerprinted_by_size_and_time(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("patients.csv"), "x\n");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        String first = new Fingerprint().stats(dir).hex();
        assertThat(new Fingerprint().stats(dir).hex()).isEqualTo(first);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        assertThat(new Fingerprint().stats(dir).hex()).isNotEqualTo(first);
    }
}

package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a loading process, while reading or while merging, leaves the previous store intact and usable. */
class KillTest {
    @TempDir
    static Path big;

    @BeforeAll
    static void writeBigInput() throws IOException {
        org.derwent.ingest.bench.SyntheticNdjson.write(big, 20_000, 25);
    }

    @Test
    void killed_while_merging_keeps_the_old_store(@TempDir Path dir) throws Exception {
        killAt("merging observation", dir);
    }

    @Test
    void killed_while_reading_keeps_the_old_store(@TempDir Path dir) throws Exception {
        killAt("reading Observation.ndjson", dir);
    }

    private static void killAt(String phase, Path dir) throws Exception {
        Path file = dir.resolve("s.duckdb");
        List<String> before;
        try (Store store = Store.duckDb(file)) {
            Fixtures.load(store, Fixtures.SMALL_CSV);
            before = ReloadTest.snapshot(store);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), file.toString(), big.toString())
                .redirectErrorStream(true).start();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(phase)) {
                    if (phase.startsWith("reading")) {
                        Thread.sleep(300);
                    }
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the child reached phase '" + phase + "' and was killed").isTrue();
        assertThat(child.exitValue()).isNotZero();
        try (Store store = Store.duckDb(file)) {
            assertThat(ReloadTest.snapshot(store)).isEqualTo(before);
            assertThat(Fixtures.count(store, "load_history", "")).isEqualTo(1);
            LoadReport next = Fixtures.load(store, Fixtures.SMALL_NDJSON);
            assertThat(next.loadId()).isEqualTo(2);
            assertThat(Fixtures.count(store, "load_history", "")).isEqualTo(2);
        }
    }
}

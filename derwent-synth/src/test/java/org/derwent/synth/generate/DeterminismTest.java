package org.derwent.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.derwent.synth.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed and options give byte-identical output, whatever the number of threads; another seed differs. */
class DeterminismTest {
    static final String[] PRACTICES = {"C81001", "C81002", "C81003", "C81004"};

    @Test
    void same_seed_gives_identical_checksums_with_one_or_two_threads(@TempDir Path tmp) throws Exception {
        Fixtures.generate(tmp.resolve("a"), 100_000, 7, OutputFormat.BOTH, 2, PRACTICES);
        Fixtures.generate(tmp.resolve("b"), 100_000, 7, OutputFormat.BOTH, 1, PRACTICES);
        Fixtures.generate(tmp.resolve("c"), 100_000, 8, OutputFormat.BOTH, 2, PRACTICES);
        Map<String, String> a = checksums(tmp.resolve("a"));
        assertThat(a).hasSize(9 + 8 + 1).containsKey("csv/observations.csv").containsKey("fhir/Patient.ndjson");
        assertThat(checksums(tmp.resolve("b"))).isEqualTo(a);
        assertThat(checksums(tmp.resolve("c")).get("csv/patients.csv")).isNotEqualTo(a.get("csv/patients.csv"));
    }

    @Test
    void a_practice_generated_alone_equals_its_slice_of_a_larger_run(@TempDir Path tmp) throws Exception {
        Fixtures.generate(tmp.resolve("one"), 100_000, 7, OutputFormat.CSV, 2, "C81003");
        Fixtures.generate(tmp.resolve("all"), 100_000, 7, OutputFormat.CSV, 2, PRACTICES);
        var alone = Files.readAllLines(tmp.resolve("one/csv/conditions.csv"));
        var all = Files.readAllLines(tmp.resolve("all/csv/conditions.csv"));
        var one = Files.readAllLines(tmp.resolve("one/csv/patients.csv"));
        String firstId = one.get(1).split(",")[0] + ",";
        assertThat(all).containsSubsequence(alone.subList(1, alone.size()));
        assertThat(Files.readAllLines(tmp.resolve("all/csv/patients.csv"))).anyMatch(l -> l.startsWith(firstId));
    }

    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

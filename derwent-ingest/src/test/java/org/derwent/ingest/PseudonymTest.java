package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.derwent.ingest.Fixtures.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.derwent.ingest.pseudo.Pseudonymiser;
import org.derwent.model.code.NhsNumber;
import org.derwent.store.schema.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pseudonyms are stable for a key, differ between keys, and cannot be recomputed without the key. */
class PseudonymTest {

    @Test
    void same_nhs_number_gets_the_same_pseudonym_in_every_load_and_format() {
        try (Store a = Store.inMemory(); Store b = Store.inMemory()) {
            Fixtures.load(a, Fixtures.SMALL_CSV);
            Fixtures.load(b, Fixtures.SMALL_NDJSON);
            assertThat(rows(a, "SELECT person_id FROM person")).isEqualTo(rows(b, "SELECT person_id FROM person"));
            assertThat(rows(a, "SELECT person_id FROM person"))
                    .contains(new Pseudonymiser(Fixtures.KEY).personId("9990000026"));
        }
    }

    @Test
    void another_key_gives_other_pseudonyms() {
        byte[] other = "another-key-for-derwent-tests-000".getBytes(StandardCharsets.UTF_8);
        assertThat(new Pseudonymiser(other).personId("9990000026"))
                .isNotEqualTo(new Pseudonymiser(Fixtures.KEY).personId("9990000026"));
    }

    @Test
    void pseudonyms_cannot_be_found_by_hashing_candidate_numbers_without_the_key() throws NoSuchAlgorithmException {
        String target = new Pseudonymiser(Fixtures.KEY).personId("9990000026");
        Pseudonymiser wrongKey = new Pseudonymiser("a-guessed-key-that-is-not-right!".getBytes(StandardCharsets.UTF_8));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Set<String> guesses = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String nhs = NhsNumber.synthetic(i);
            guesses.add(HexFormat.of().formatHex(sha.digest(nhs.getBytes(StandardCharsets.UTF_8))));
            guesses.add(wrongKey.personId(nhs));
        }
        assertThat(guesses).doesNotContain(target);
        assertThat(target).doesNotContain("9990000026").hasSize(64);
    }

    @Test
    void identifiers_and_the_key_are_only_in_identity_never_elsewhere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.duckdb");
        try (Store store = Store.duckDb(file)) {
            Fixtures.load(store, Fixtures.SMALL_CSV);
            for (String t : List.of("person", "registration", "person_source", "observation", "quarantine")) {
                assertThat(rows(store, "SELECT * FROM " + t).toString()).doesNotContain("9990000026").doesNotContain("Ann");
            }
            assertThat(rows(store, "SELECT nhs_number FROM identity")).contains("9990000026");
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(new String(Fixtures.KEY, StandardCharsets.ISO_8859_1))
                .doesNotContain(HexFormat.of().formatHex(Fixtures.KEY));
    }
}

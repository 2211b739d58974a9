package org.derwent.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void verifies_the_right_password_only() {
        String h = PasswordHasher.hash("correct horse battery");
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordHasher.verify("correct horse battery", h)).isTrue();
        assertThat(PasswordHasher.verify("correct horse batterz", h)).isFalse();
    }

    @Test
    void salts_every_hash() {
        assertThat(PasswordHasher.hash("same")).isNotEqualTo(PasswordHasher.hash("same"));
    }

    @Test
    void rejects_malformed_hashes() {
        assertThat(PasswordHasher.verify("x", "$2a$10$notargon")).isFalse();
    }
}

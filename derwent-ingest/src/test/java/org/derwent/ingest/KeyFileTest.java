package org.derwent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.derwent.ingest.pseudo.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @Test
    void key_file_is_created_on_first_use_owner_only_and_reused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("keys").resolve("derwent.key");
        byte[] first = KeyFile.readOrCreate(f);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(KeyFile.readOrCreate(f)).isEqualTo(first);
    }
}

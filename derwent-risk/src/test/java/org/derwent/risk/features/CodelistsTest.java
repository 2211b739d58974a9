package org.derwent.risk.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodelistsTest {
    @Test
    void reads_the_code_column_with_quoted_terms(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "term,code\n\"Heart, failure\",123\n\"a \"\"b\"\"\",456\n");
        assertThat(Codelists.read(f)).containsExactly("123", "456");
    }

    @Test
    void a_missing_code_names_file_and_line(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("y.csv"), "code,term\n1,a\n,b\n");
        assertThatThrownBy(() -> Codelists.read(f)).hasMessageContaining("y.csv line 3");
    }

    @Test
    void every_register_codelist_is_present_in_the_reference_folder() {
        RegisterCodes codes = RegisterCodes.read(Path.of("../reference/codelists"));
        for (Register r : Register.values()) {
            assertThat(codes.firstCode(r)).isNotBlank();
        }
    }
}

package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** ClinRisk's disclaimer is carried by every result and printed verbatim in docs/qrisk3.md. */
class DisclaimerTest {

    private static String words(String s) {
        return s.replaceAll("[\\s>]+", " ").trim();
    }

    @Test
    void holds_clinrisks_wording() {
        assertThat(Disclaimer.TEXT).startsWith("The initial version of this file")
                .contains("it is the responsibility of the end user to check")
                .endsWith("Inaccurate implementations of risk scores can lead to wrong patients being given the wrong treatment.")
                .doesNotContain("\n");
    }

    @Test
    void every_result_carries_it() {
        Qrisk3Result r = Qrisk3.published().score(Qrisk3Input.builder(40, Sex.MALE).build());
        assertThat(r.disclaimer()).isEqualTo(Disclaimer.TEXT);
    }

    @Test
    void docs_page_quotes_it_verbatim() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "qrisk3.md"));
        assertThat(words(doc)).contains(words(Disclaimer.TEXT));
    }
}

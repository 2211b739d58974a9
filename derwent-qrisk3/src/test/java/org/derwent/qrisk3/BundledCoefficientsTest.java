package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled coefficients are the reference file, and a damaged file is refused with its key named. */
class BundledCoefficientsTest {
    private static final Path REFERENCE = Path.of("..", "reference", "methods", "qrisk3-2017-coefficients.json");

    private static String bundledText() throws IOException {
        try (InputStream in = Qrisk3.class.getResourceAsStream(CoefficientsLoader.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundled_copy_equals_reference_file() throws IOException {
        assertThat(bundledText()).isEqualTo(Files.readString(REFERENCE));
    }

    @Test
    void reads_published_constants() {
        Map<Sex, SexEquation> eq = CoefficientsLoader.bundled();
        assertThat(eq.get(Sex.FEMALE).survivor).isEqualTo(0.988876402378082);
        assertThat(eq.get(Sex.MALE).survivor).isEqualTo(0.977268040180206);
        assertThat(eq.get(Sex.FEMALE).age1Exponent).isEqualTo(-2);
        assertThat(eq.get(Sex.FEMALE).age2Exponent).isEqualTo(1);
        assertThat(eq.get(Sex.MALE).age1Exponent).isEqualTo(-1);
        assertThat(eq.get(Sex.MALE).age2Exponent).isEqualTo(3);
        assertThat(eq.get(Sex.MALE).ethnicity[4]).isEqualTo(0.5296172991968937);
        assertThat(eq.get(Sex.FEMALE).hasTerm(Qrisk3Flag.ERECTILE_DYSFUNCTION)).isFalse();
        assertThat(eq.get(Sex.MALE).hasTerm(Qrisk3Flag.ERECTILE_DYSFUNCTION)).isTrue();
        assertThat(eq.get(Sex.FEMALE).flagByAge[0][Qrisk3Flag.SLE.ordinal()]).isEqualTo(19.690303738638292);
        assertThat(eq.get(Sex.MALE).flagByAge[0][Qrisk3Flag.SLE.ordinal()]).isZero();
    }

    @Test
    void refuses_a_missing_coefficient() throws IOException {
        String damaged = bundledText().replace("\"b_migraine\":0.3012672608703450000000000,", "");
        assertThatThrownBy(() -> load(damaged)).isInstanceOf(CoefficientsException.class)
                .hasMessageContaining("damaged.json").hasMessageContaining("female.bool.b_migraine: missing");
    }

    @Test
    void refuses_an_unknown_interaction_term() throws IOException {
        String damaged = bundledText().replace("\"age_1_x\":{\"smoke1\"", "\"age_1_x\":{\"b_typo\":1,\"smoke1\"");
        assertThatThrownBy(() -> load(damaged)).isInstanceOf(CoefficientsException.class)
                .hasMessageContaining("age_1_x.b_typo: unknown interaction term");
    }

    @Test
    void refuses_a_short_ethnicity_array() throws IOException {
        String damaged = bundledText().replaceFirst("\"Iethrisk\":\\[0,0,", "\"Iethrisk\":[0,");
        assertThatThrownBy(() -> load(damaged)).isInstanceOf(CoefficientsException.class)
                .hasMessageContaining("female.Iethrisk: expected an array of 10 numbers");
    }

    private static Map<Sex, SexEquation> load(String json) throws IOException {
        return CoefficientsLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "damaged.json");
    }
}

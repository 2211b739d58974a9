package org.derwent.measures.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectlyStandardisedRateTest {

    /** Fixture: three areas x 19 bands; expected values computed independently (NumPy/SciPy) from the PHE formulae. */
    @Test
    void matches_known_answers_for_fixture_areas() throws IOException {
        Map<String, List<BandCount>> groups = new LinkedHashMap<>();
        for (String[] r : rows("/stats/dsr-input.csv")) {
            groups.computeIfAbsent(r[0], g -> new ArrayList<>())
                    .add(BandCount.esp2013(AgeBand.parse(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3])));
        }
        for (String[] e : rows("/stats/dsr-expected.csv")) {
            DirectlyStandardisedRate dsr = DirectlyStandardisedRate.of(groups.get(e[0]), 100_000);
            RateEstimate est = dsr.estimate().orElseThrow();
            assertThat(dsr.events()).isEqualTo(Double.parseDouble(e[1]));
            assertThat(est.value()).as(e[0]).isCloseTo(Double.parseDouble(e[3]), within(1e-6));
            assertThat(est.ci95().lower()).isCloseTo(Double.parseDouble(e[4]), within(1e-6));
            assertThat(est.ci95().upper()).isCloseTo(Double.parseDouble(e[5]), within(1e-6));
            assertThat(est.ci998().lower()).isCloseTo(Double.parseDouble(e[6]), within(1e-6));
            assertThat(est.ci998().upper()).isCloseTo(Double.parseDouble(e[7]), within(1e-6));
        }
    }

    @Test
    void equal_rates_in_every_band_give_that_rate() {
        List<BandCount> bands = new ArrayList<>();
        for (AgeBand b : Esp2013.standardBands()) {
            bands.add(BandCount.esp2013(b, 20, 10_000));
        }
        assertThat(DirectlyStandardisedRate.of(bands, 1000).value()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void infant_split_bands_are_accepted() {
        List<BandCount> bands = new ArrayList<>();
        bands.add(BandCount.esp2013(AgeBand.parse("<1"), 2, 1000));
        bands.add(BandCount.esp2013(AgeBand.parse("1-4"), 8, 4000));
        for (AgeBand b : Esp2013.standardBands().subList(1, 19)) {
            bands.add(BandCount.esp2013(b, 2, 1000));
        }
        assertThat(DirectlyStandardisedRate.of(bands, 1000).value()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void not_estimated_below_ten_events() {
        List<BandCount> bands = new ArrayList<>();
        for (AgeBand b : Esp2013.standardBands()) {
            bands.add(BandCount.esp2013(b, b.from() < 45 ? 1 : 0, 500));
        }
        DirectlyStandardisedRate dsr = DirectlyStandardisedRate.of(bands, 100_000);
        assertThat(dsr.events()).isEqualTo(9);
        assertThat(dsr.estimate()).isEmpty();
        assertThat(dsr.statistic()).isEqualTo("dsr NA for total count < 10");
        assertThat(dsr.value()).isNaN();
    }

    @Test
    void missing_band_is_an_error_naming_the_gap() {
        List<BandCount> bands = new ArrayList<>();
        for (AgeBand b : Esp2013.standardBands()) {
            if (b.from() != 40) {
                bands.add(BandCount.esp2013(b, 5, 500));
            }
        }
        assertThatThrownBy(() -> DirectlyStandardisedRate.of(bands, 100_000)).hasMessageContaining("ages 40-44 are missing");
    }

    @Test
    void events_without_population_is_an_error() {
        assertThatThrownBy(() -> BandCount.esp2013(AgeBand.parse("90+"), 3, 0)).hasMessageContaining("90+");
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = DirectlyStandardisedRateTest.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<String[]> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                out.add(lines[i].split(","));
            }
            return out;
        }
    }
}

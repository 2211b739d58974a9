package org.derwent.measures.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void parses_common_labels() {
        assertThat(AgeBand.parse("0-4")).isEqualTo(new AgeBand(0, 4));
        assertThat(AgeBand.parse("05-09")).isEqualTo(new AgeBand(5, 9));
        assertThat(AgeBand.parse("40 to 44")).isEqualTo(new AgeBand(40, 44));
        assertThat(AgeBand.parse("Aged 90+")).isEqualTo(new AgeBand(90, AgeBand.OPEN));
        assertThat(AgeBand.parse("90 and over")).isEqualTo(new AgeBand(90, AgeBand.OPEN));
        assertThat(AgeBand.parse("<1")).isEqualTo(new AgeBand(0, 0));
    }

    @Test
    void esp2013_weights_sum_to_100000() {
        double sum = Esp2013.standardBands().stream().mapToDouble(b -> Esp2013.weight(b).orElseThrow()).sum();
        assertThat(sum).isEqualTo(Esp2013.TOTAL);
        assertThat(Esp2013.standardBands()).hasSize(19);
        assertThat(Esp2013.weight(AgeBand.parse("0")).orElseThrow() + Esp2013.weight(AgeBand.parse("1-4")).orElseThrow())
                .isEqualTo(Esp2013.weight(AgeBand.parse("0-4")).orElseThrow());
    }

    @Test
    void rejects_unknown_label_and_non_standard_band() {
        assertThatThrownBy(() -> AgeBand.parse("old")).hasMessageContaining("'old'");
        assertThatThrownBy(() -> BandCount.esp2013(AgeBand.parse("0-9"), 1, 10)).hasMessageContaining("0-9");
    }
}

package org.derwent.server.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wait told to users counts down from the estimate and says so plainly once the estimate is overrun. */
class PartStatusTest {
    private static final long S = 1_000_000_000L;

    @Test
    void counts_down_from_the_estimate() {
        PartStatus p = new PartStatus(Part.SERIES, State.COMPUTING, 0, 100, "");
        assertThat(p.remainingSeconds(40 * S)).isEqualTo(60);
        assertThat(p.sentence(40 * S)).isEqualTo("SPC series being computed - ready in about 60 s");
        assertThat(p.remainingSeconds(97 * S)).isEqualTo(5);
    }

    @Test
    void says_when_the_estimate_is_overrun() {
        PartStatus p = new PartStatus(Part.RISK, State.COMPUTING, 0, 100, "");
        assertThat(p.remainingSeconds(130 * S)).isEqualTo(30);
        assertThat(p.sentence(130 * S)).isEqualTo("Risk scores being computed - running for 130 s, longer than the 100 s expected");
    }

    @Test
    void unknown_estimate_says_how_long_it_has_run() {
        PartStatus p = new PartStatus(Part.RISK, State.COMPUTING, 0, 0, "");
        assertThat(p.remainingSeconds(12 * S)).isEqualTo(-1);
        assertThat(p.json(12 * S).get("retry_after_seconds")).isNull();
        assertThat(p.sentence(12 * S)).isEqualTo("Risk scores being computed - started 12 s ago");
    }
}

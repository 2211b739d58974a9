package org.derwent.synth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.derwent.synth.health.Register;
import org.junit.jupiter.api.Test;

/** Onsets of infants on registers with an earliest age of one (or none) still fall within their life. */
class InfantOnsetTest {
    static final int EXTRACT = (int) LocalDate.of(2023, 3, 31).toEpochDay();

    @Test
    void infant_onsets_lie_between_birth_and_the_day_before_the_extract() {
        int mask = Register.LD.bit() | Register.AST.bit() | Register.EP.bit() | Register.PC.bit();
        for (int ageDays = 0; ageDays < 400; ageDays += 7) {
            Person p = infant(ageDays, mask, ageDays);
            ClinicalPlan.decide(p);
            for (Register r : new Register[] {Register.LD, Register.AST, Register.EP, Register.PC}) {
                int onset = p.onset[r.ordinal()];
                assertThat(onset).as(r + " onset of an infant aged " + ageDays + " days").isBetween(p.birthDay, p.endDay);
            }
        }
    }

    @Test
    void look_back_windows_start_at_birth_and_exposure_is_the_share_of_the_window_alive() {
        Person p = infant(100, 0, 1);
        assertThat(p.since(EXTRACT - 365)).isEqualTo(EXTRACT - 100);
        assertThat(p.since(EXTRACT - 50)).isEqualTo(EXTRACT - 50);
        assertThat(p.exposure(400)).isEqualTo(0.25);
        assertThat(p.exposure(50)).isEqualTo(1.0);
    }

    private static Person infant(int ageDays, int mask, long seed) {
        Person p = new Person();
        p.reset();
        p.rng = new SplittableRandom(seed);
        p.age = ageDays / 365;
        p.birthDay = EXTRACT - ageDays;
        p.endDay = EXTRACT;
        p.alive = true;
        p.mask = mask;
        return p;
    }
}

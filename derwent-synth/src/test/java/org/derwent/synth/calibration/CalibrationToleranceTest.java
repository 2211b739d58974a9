package org.derwent.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Practice;
import org.derwent.model.footprint.QofRegister;
import org.derwent.synth.Fixtures;
import org.derwent.synth.codes.CodelistLibrary;
import org.derwent.synth.generate.OutputFormat;
import org.derwent.synth.health.Register;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three practices at full size, read back from the CSV extract as QOF would count them: list sizes within 1%,
 * age-threshold denominators within 3%, registers above 1% prevalence within 10% relative.
 */
class CalibrationToleranceTest {
    static final String[] PRACTICES = {"C81001", "C81034", "C81640"};
    @TempDir
    static Path tmp;
    static ExtractTally tally;
    static Ics ics;

    @BeforeAll
    static void generate() {
        ics = Fixtures.derbyshire();
        Fixtures.generate(tmp, ics.registeredPopulation(), 3, OutputFormat.CSV, 2, PRACTICES);
        tally = new ExtractTally(ics, new CodelistLibrary(Fixtures.CODELISTS), tmp.resolve("csv"), (int) ics.referenceDate().toEpochDay());
    }

    @Test
    void list_sizes_are_within_one_percent() {
        for (String code : PRACTICES) {
            Practice p = ics.practicesByCode().get(code);
            assertThat((double) tally.list[tally.practiceIndex.get(code)]).as(code).isCloseTo(p.listSize(),
                    org.assertj.core.data.Percentage.withPercentage(1));
        }
    }

    @Test
    void age_threshold_denominators_are_within_three_percent() {
        for (String code : PRACTICES) {
            Practice p = ics.practicesByCode().get(code);
            int idx = tally.practiceIndex.get(code);
            for (int k = 0; k < CalibrationReport.THRESHOLDS.length; k++) {
                double ref = p.ageThresholds().get(CalibrationReport.THRESHOLDS[k]);
                assertThat((double) tally.over[idx][k]).as(code + " " + CalibrationReport.THRESHOLDS[k])
                        .isCloseTo(ref, org.assertj.core.data.Percentage.withPercentage(3));
            }
        }
    }

    @Test
    void registers_above_one_percent_prevalence_are_within_ten_percent() {
        int checked = 0;
        for (String code : PRACTICES) {
            Practice p = ics.practicesByCode().get(code);
            int idx = tally.practiceIndex.get(code);
            for (Register r : Register.values()) {
                QofRegister q = p.registers().get(r.name());
                if (q != null && q.prevalence() > 0.01) {
                    checked++;
                    assertThat((double) tally.registers[idx][r.ordinal()]).as(code + " " + r)
                            .isCloseTo(q.count(), org.assertj.core.data.Percentage.withPercentage(10));
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void the_report_names_every_register_and_the_gap_figures() throws Exception {
        Path report = tmp.resolve("report.md");
        CalibrationReport.write(ics, Fixtures.CODELISTS, tmp, report);
        String md = Files.readString(report);
        for (Register r : Register.values()) {
            assertThat(md).contains("| " + r.name() + " |");
        }
        assertThat(md).contains("List sizes", "Worst register deviations", "not anticoagulated", "r = ");
    }
}

package org.derwent.synth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.derwent.model.extract.ExtractTable;
import org.derwent.synth.Fixtures;
import org.derwent.synth.calibration.CsvLines;
import org.derwent.synth.generate.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GP appointments of the living patients of two full-size practices: three stationary years, a realistic same-day share, a clinician id of
 * the practice on every GP appointment (and on nothing else), and continuity between the extremes.
 */
class GpHistoryTest {
    @TempDir
    static Path tmp;
    private static final Map<String, Integer> AGE = new HashMap<>();
    private static final long[] PER_YEAR = new long[4];
    private static final long[] SAME_DAY = new long[2];
    private static final long[] BY_AGE = new long[4];
    private static final Map<String, Map<String, Integer>> LAST_YEAR_GPS = new HashMap<>();
    private static int badIds;
    private static int idsOutsideGp;
    private static long gp;

    @BeforeAll
    static void generate() {
        Fixtures.generate(tmp, Fixtures.derbyshire().registeredPopulation(), 1, OutputFormat.CSV, 2, "C81001", "C81002");
        LocalDate extract = Fixtures.derbyshire().referenceDate();
        CsvLines.read(tmp.resolve("csv/patients.csv"), ExtractTable.PATIENTS.columns(), l -> {
            if (l.isEmpty(11)) {
                AGE.put(l.field(0), LocalDate.parse(l.field(4)).until(extract).getYears());
            }
        });
        PracticeTeams teams = new PracticeTeams(Fixtures.derbyshire().practices());
        CsvLines.read(tmp.resolve("csv/encounters.csv"), ExtractTable.ENCOUNTERS.columns(), l -> {
            String id = l.field(9);
            Integer age = AGE.get(l.field(1));
            if (!"gp".equals(l.field(2))) {
                idsOutsideGp += id.isEmpty() ? 0 : 1;
                return;
            }
            if (age == null) {
                return;
            }
            gp++;
            long daysBefore = LocalDate.parse(l.field(4)).until(extract, java.time.temporal.ChronoUnit.DAYS);
            PER_YEAR[(int) Math.min(3, daysBefore / 365)]++;
            boolean sameDay = "same_day".equals(l.field(8));
            SAME_DAY[sameDay ? 0 : 1]++;
            if (age >= 18 && age < 45) {
                BY_AGE[0] += sameDay ? 1 : 0;
                BY_AGE[1]++;
            } else if (age >= 65) {
                BY_AGE[2] += sameDay ? 1 : 0;
                BY_AGE[3]++;
            }
            String practice = l.field(3);
            PracticeTeams.Team team = teams.of(practice);
            int n = id.startsWith(practice + "-") ? Integer.parseInt(id.substring(practice.length() + 1)) : -1;
            badIds += n >= 1 && n <= team.size() ? 0 : 1;
            if (daysBefore < 365 && "gp".equals(l.field(7))) {
                LAST_YEAR_GPS.computeIfAbsent(l.field(1), k -> new HashMap<>()).merge(id, 1, Integer::sum);
            }
        });
    }

    @Test
    void three_years_of_appointments_at_a_constant_rate() {
        double mean = (PER_YEAR[0] + PER_YEAR[1] + PER_YEAR[2]) / 3.0;
        for (int y = 0; y < 3; y++) {
            assertThat((double) PER_YEAR[y]).as("year %d before the extract", y).isBetween(0.93 * mean, 1.07 * mean);
        }
        assertThat(PER_YEAR[3]).as("the living: nothing more than three years (1,095 days) back").isLessThan(PER_YEAR[0] / 300);
    }

    @Test
    void about_43_percent_are_same_day_more_for_younger_adults() {
        double share = (double) SAME_DAY[0] / gp;
        assertThat(share).isBetween(0.39, 0.47);
        assertThat((double) BY_AGE[0] / BY_AGE[1]).isGreaterThan((double) BY_AGE[2] / BY_AGE[3] + 0.1);
    }

    @Test
    void every_gp_appointment_and_only_those_has_a_clinician_of_its_practice() {
        assertThat(gp).isGreaterThan(50_000);
        assertThat(badIds).isZero();
        assertThat(idsOutsideGp).isZero();
    }

    @Test
    void usual_gp_continuity_is_between_the_extremes() {
        double sum = 0;
        int n = 0;
        for (Map<String, Integer> perGp : LAST_YEAR_GPS.values()) {
            int total = perGp.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= 3) {
                sum += perGp.values().stream().mapToInt(Integer::intValue).max().orElseThrow() / (double) total;
                n++;
            }
        }
        assertThat(n).isGreaterThan(1_000);
        assertThat(sum / n).as("mean UPC over GPs").isBetween(0.4, 0.8);
    }
}

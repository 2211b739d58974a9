package org.derwent.risk.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.SimulatedPopulation;
import org.derwent.risk.testing.StoreTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Known answers on a hand-made store at index date 2024-03-31. */
class FeatureExtractionTest {
    private static final LocalDate INDEX = LocalDate.of(2024, 3, 31);
    private static RegisterCodes codes;
    private static Cohort cohort;

    @BeforeAll
    static void extract() throws Exception {
        codes = RegisterCodes.read(SimulatedPopulation.CODELISTS);
        try (Connection c = Duck.memory()) {
            StoreTables.create(c);
            String hyp = codes.firstCode(Register.HYPERTENSION);
            String dm = codes.firstCode(Register.DIABETES);
            String dmRes = codes.entries().stream().filter(e -> e.register() == Register.DIABETES && e.resolved())
                    .findFirst().orElseThrow().code();
            String hf = codes.firstCode(Register.HEART_FAILURE);
            String pal = codes.firstCode(Register.PALLIATIVE_CARE);
            Duck.exec(c,
                    "INSERT INTO person (person_id, sex, birth_year, birth_month, ethnic_group, lsoa_code, death_date)"
                            + " VALUES ('a', 'F', 1940, 6, 'white', 'L1', NULL), ('b', 'M', 1950, 1, 'asian', 'L1',"
                            + " DATE '2024-01-01'), ('c', 'F', 1990, 1, 'black', 'L1', NULL),"
                            + " ('d', 'M', 2000, 1, 'unknown', 'UNKNOWN', NULL)",
                    "INSERT INTO registration (person_id, practice_code, start_date) VALUES ('a', 'P0', DATE"
                            + " '1990-01-01'), ('a', 'P1', DATE '2020-01-01'), ('b', 'P1', DATE '2000-01-01'),"
                            + " ('c', 'P1', DATE '2024-06-01'), ('d', 'P1', DATE '2010-01-01')",
                    "UPDATE registration SET end_date = DATE '2020-01-01' WHERE practice_code = 'P0'",
                    "INSERT INTO org_practice VALUES ('P1', 'Practice One', NULL, 'U1', 'D1', 100)",
                    "INSERT INTO geo_district VALUES ('D1', 'District', 'PL1', 'ICP')",
                    "INSERT INTO geo_lsoa VALUES ('L1', 'LSOA', 'D1', 40, 1, 1, true, NULL)",
                    "INSERT INTO condition (record_id, person_id, code_system, code, onset_date) VALUES"
                            + " ('c1', 'a', 'snomed', '" + hyp + "', DATE '2010-01-01'),"
                            + " ('c2', 'a', 'snomed', '" + dm + "', DATE '2015-01-01'),"
                            + " ('c3', 'a', 'snomed', '" + dmRes + "', DATE '2020-01-01'),"
                            + " ('c4', 'a', 'snomed', '" + hf + "', DATE '2025-01-01')",
                    "INSERT INTO observation (record_id, person_id, code_system, code, obs_date) VALUES"
                            + " ('o1', 'a', 'snomed', '" + pal + "', DATE '2023-05-01')",
                    "INSERT INTO encounter (record_id, person_id, setting, start_date, admission_method, los_days)"
                            + " VALUES ('e1', 'a', 'gp', DATE '2023-05-01', NULL, NULL),"
                            + " ('e2', 'a', 'gp', DATE '2024-03-31', NULL, NULL),"
                            + " ('e3', 'a', 'ae', DATE '2023-10-01', NULL, NULL),"
                            + " ('e4', 'a', 'ae', DATE '2023-02-01', NULL, NULL),"
                            + " ('e5', 'a', 'admitted', DATE '2023-10-01', '21', 3),"
                            + " ('e6', 'a', 'admitted', DATE '2023-11-01', '11', 1),"
                            + " ('e7', 'a', 'outpatient', DATE '2023-12-01', NULL, NULL),"
                            + " ('e8', 'a', 'admitted', DATE '2024-09-01', '2A', 2),"
                            + " ('e9', 'd', 'admitted', DATE '2025-04-02', '21', 2)",
                    "INSERT INTO medication (record_id, person_id, code_system, code, issue_date) VALUES"
                            + " ('m1', 'a', 'dmd', 'X', DATE '2024-01-01'), ('m2', 'a', 'dmd', 'Y', DATE '2024-02-01'),"
                            + " ('m3', 'a', 'dmd', 'X', DATE '2024-03-01'), ('m4', 'a', 'dmd', 'Z', DATE '2023-08-31')");
            cohort = new FeatureExtractor(c, codes, CompositeScores.NONE).extract(INDEX);
        }
    }

    private static double value(PersonFeatures p, String name) {
        return p.values()[cohort.features().indexOf(name)];
    }

    @Test
    void cohort_is_registered_and_alive_at_the_index_date() {
        assertThat(cohort.people()).extracting(PersonFeatures::personId).containsExactly("a", "d");
    }

    @Test
    void person_a_has_known_features() {
        PersonFeatures a = cohort.people().get(0);
        assertThat(value(a, "age")).isEqualTo(83);
        assertThat(value(a, "female")).isEqualTo(1);
        assertThat(value(a, "imd_q1")).isEqualTo(1);
        assertThat(a.practiceCode()).isEqualTo("P1");
        assertThat(a.pcnCode()).isEqualTo("U1");
        assertThat(a.placeCode()).isEqualTo("PL1");
        assertThat(value(a, "reg_hypertension")).isEqualTo(1);
        assertThat(value(a, "reg_diabetes")).as("resolved in 2020").isEqualTo(0);
        assertThat(value(a, "reg_heart_failure")).as("onset after index").isEqualTo(0);
        assertThat(a.ltcCount()).isEqualTo(1);
        assertThat(a.palliative()).isTrue();
        assertThat(value(a, "gp_12m")).isEqualTo(2);
        assertThat(value(a, "ae_12m")).isEqualTo(1);
        assertThat(value(a, "emergency_12m")).isEqualTo(1);
        assertThat(value(a, "prior_emergency")).isEqualTo(1);
        assertThat(value(a, "elective_12m")).isEqualTo(1);
        assertThat(value(a, "outpatient_12m")).isEqualTo(1);
        assertThat(value(a, "bed_days_12m")).isEqualTo(4);
        assertThat(value(a, "medicines_6m")).isEqualTo(2);
        assertThat(a.outcome()).isTrue();
    }

    @Test
    void person_d_has_unknown_deprivation_and_no_outcome_beyond_twelve_months() {
        PersonFeatures d = cohort.people().get(1);
        assertThat(value(d, "imd_unknown")).isEqualTo(1);
        assertThat(d.imdQuintile()).isZero();
        assertThat(value(d, "gp_12m")).isZero();
        assertThat(d.outcome()).isFalse();
    }

    @Test
    void efi_and_cms_are_left_out_without_a_source() {
        assertThat(cohort.features().indexOf("efi")).isEqualTo(-1);
        assertThat(cohort.features().indexOf("cms")).isEqualTo(-1);
    }
}

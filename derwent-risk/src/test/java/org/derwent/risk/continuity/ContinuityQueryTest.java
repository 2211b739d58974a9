package org.derwent.risk.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.derwent.risk.testing.Duck;
import org.derwent.risk.testing.StoreTables;
import org.junit.jupiter.api.Test;

/** The SQL continuity over hand-made encounters gives the same known answers as {@link ContinuityIndex}. */
class ContinuityQueryTest {
    private static final LocalDate T = LocalDate.of(2025, 3, 31);

    @Test
    void computes_upc_coc_same_day_and_ae_per_patient() throws Exception {
        try (Connection c = Duck.memory()) {
            StoreTables.create(c);
            Duck.exec(c, "INSERT INTO person (person_id, sex, birth_year) VALUES ('a', 'F', 1950), ('b', 'M', 1960),"
                    + " ('c', 'F', 1970), ('d', 'M', 1980)",
                    "INSERT INTO registration (person_id, practice_code, start_date) SELECT person_id, 'P1',"
                            + " DATE '2000-01-01' FROM person");
            // a: GP@P1 x3, NURSE@P1 x2, PHARMACIST@P1 x1 -> N 6, UPC 0.5, COC 8/30; 2 same-day
            // b: GP@P1 x2, NURSE@P1 x2, plus one GP contact 13 months ago (outside the window) -> UPC 0.5, COC 1/3
            // c: one GP contact and 4 A&E -> continuity not measurable
            // d: A&E only, outside the window -> not listed
            String gp = "INSERT INTO encounter (record_id, person_id, setting, provider_code, start_date,"
                    + " clinician_type, service_type) VALUES ";
            Duck.exec(c, gp + "('1','a','gp','P1',DATE '2025-01-01','GP','same_day'), ('2','a','gp','P1',DATE"
                    + " '2025-01-02','GP','Same-Day'), ('3','a','gp','P1',DATE '2025-01-03','GP','routine'),"
                    + " ('4','a','gp','P1',DATE '2025-01-04','NURSE',NULL), ('5','a','gp','P1',DATE '2025-01-05',"
                    + "'NURSE',NULL), ('6','a','gp','P1',DATE '2025-01-06','PHARMACIST',NULL),"
                    + " ('7','b','gp','P1',DATE '2024-06-01','GP',NULL), ('8','b','gp','P1',DATE '2024-06-02','GP',NULL),"
                    + " ('9','b','gp','P1',DATE '2024-06-03','NURSE',NULL), ('10','b','gp','P1',DATE '2024-06-04',"
                    + "'NURSE',NULL), ('11','b','gp','P1',DATE '2024-02-28','PHARMACIST',NULL),"
                    + " ('12','c','gp','P1',DATE '2024-12-01','GP',NULL)");
            Duck.exec(c, "INSERT INTO encounter (record_id, person_id, setting, provider_code, start_date)"
                    + " SELECT 'ae' || i, 'c', 'ae', 'RTG', DATE '2024-10-01' + i::INT FROM range(4) r(i)",
                    "INSERT INTO encounter (record_id, person_id, setting, provider_code, start_date)"
                            + " VALUES ('x', 'd', 'ae', 'RTG', DATE '2023-01-01')");
            Map<String, PatientContinuity> byId = ContinuityQuery.run(c, T).stream()
                    .collect(Collectors.toMap(PatientContinuity::personId, Function.identity()));
            assertThat(byId).containsOnlyKeys("a", "b", "c");
            assertThat(byId.get("a").upc()).isEqualTo(0.5);
            assertThat(byId.get("a").coc()).isCloseTo(8.0 / 30, within(1e-12));
            assertThat(byId.get("a").sameDayGp()).isEqualTo(2);
            assertThat(byId.get("b").gpContacts()).isEqualTo(4);
            assertThat(byId.get("b").coc()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(byId.get("c").measurable()).isFalse();
            assertThat(byId.get("c").coc()).isNaN();
            assertThat(byId.get("c").aeAttendances()).isEqualTo(4);

            List<FrequentAttenders.Case> cases = FrequentAttenders.standard().find(List.copyOf(byId.values()));
            assertThat(cases).extracting(FrequentAttenders.Case::personId).containsExactly("c");
            assertThat(cases.get(0).reason()).startsWith("4 A&E attendances in 12 months; GP continuity not measurable");
            assertThat(cases.get(0).priority()).isEqualTo(2);
        }
    }
}

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

/** With {@code encounter.clinician_id}, continuity counts clinicians; contacts without one fall back to the proxy. */
class ClinicianIdContinuityTest {
    private static final LocalDate T = LocalDate.of(2025, 3, 31);

    @Test
    void counts_clinicians_and_falls_back_to_the_type_proxy_per_contact() throws Exception {
        try (Connection c = Duck.memory()) {
            StoreTables.create(c);
            Duck.exec(c, "ALTER TABLE encounter ADD COLUMN clinician_id VARCHAR",
                    "INSERT INTO person (person_id, sex, birth_year) VALUES ('a', 'F', 1950), ('b', 'M', 1960)",
                    "INSERT INTO registration (person_id, practice_code, start_date) SELECT person_id, 'P1',"
                            + " DATE '2000-01-01' FROM person");
            // a: four GP contacts with three GPs (P1-1 x2, P1-2, P1-3): the proxy would say one provider (UPC 1);
            //    by clinician UPC 0.5, COC (4 + 1 + 1 - 4) / 12 = 1/6
            // b: GP P1-1, GP P1-1 and two GP contacts without an id (GP@P1 proxy): UPC 0.5, COC 4/12 = 1/3
            String gp = "INSERT INTO encounter (record_id, person_id, setting, provider_code, start_date,"
                    + " clinician_type, service_type, clinician_id) VALUES ";
            Duck.exec(c, gp + "('1','a','gp','P1',DATE '2025-01-01','gp','same_day','P1-1'),"
                    + " ('2','a','gp','P1',DATE '2025-01-02','gp','pre_booked','P1-1'),"
                    + " ('3','a','gp','P1',DATE '2025-01-03','gp','same_day','P1-2'),"
                    + " ('4','a','gp','P1',DATE '2025-01-04','gp','same_day','P1-3'),"
                    + " ('5','b','gp','P1',DATE '2025-01-01','gp',NULL,'P1-1'),"
                    + " ('6','b','gp','P1',DATE '2025-01-02','gp',NULL,'P1-1'),"
                    + " ('7','b','gp','P1',DATE '2025-01-03','gp',NULL,NULL),"
                    + " ('8','b','gp','P1',DATE '2025-01-04','gp',NULL,NULL)");
            Map<String, PatientContinuity> byId = ContinuityQuery.run(c, T).stream()
                    .collect(Collectors.toMap(PatientContinuity::personId, Function.identity()));
            PatientContinuity a = byId.get("a");
            assertThat(a.upc()).isEqualTo(0.5);
            assertThat(a.coc()).isCloseTo(1.0 / 6, within(1e-12));
            assertThat(a.identifiedContacts()).isEqualTo(4);
            assertThat(a.sameDayGp()).isEqualTo(3);
            PatientContinuity b = byId.get("b");
            assertThat(b.upc()).isEqualTo(0.5);
            assertThat(b.coc()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(b.identifiedContacts()).isEqualTo(2);
        }
    }

    @Test
    void a_store_without_the_column_uses_the_proxy() throws Exception {
        try (Connection c = Duck.memory()) {
            StoreTables.create(c);
            assertThat(ProviderKey.available(c)).isFalse();
            Duck.exec(c, "ALTER TABLE encounter ADD COLUMN clinician_id VARCHAR");
            assertThat(ProviderKey.available(c)).isTrue();
        }
    }

    @Test
    void the_reason_names_the_provider_used() {
        FrequentAttenders rule = FrequentAttenders.standard();
        List<FrequentAttenders.Case> cases = rule.find(List.of(new PatientContinuity("x", "P1", 14, 12, 0, 0.3, 0.2, 14),
                new PatientContinuity("y", "P1", 14, 12, 0, 0.3, 0.2, 0),
                new PatientContinuity("z", "P1", 14, 12, 0, 0.3, 0.2, 5)));
        assertThat(cases.get(0).reason()).endsWith("provider = clinician (pseudonymous clinician id)");
        assertThat(cases.get(1).reason()).contains("proxy: no clinician id recorded");
        assertThat(cases.get(2).reason()).contains("clinician id on 5 of 14 contacts");
    }
}

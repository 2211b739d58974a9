package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 36 deficits of Clegg 2016 Table 1 as data, with honest codelist coverage. */
class EfiDefinitionTest {
    private final EfiDefinition def = EfiDefinition.bundled();

    @Test
    void has_the_36_deficits_in_cleggs_order() {
        List<EfiDeficit> d = def.deficits();
        assertThat(d).hasSize(36);
        assertThat(d.get(0).name()).isEqualTo("Activity limitation");
        assertThat(d.get(9).id()).isEqualTo("falls");
        assertThat(d.get(25).id()).isEqualTo("polypharmacy");
        assertThat(d.get(35).name()).isEqualTo("Weight loss & anorexia");
        assertThat(d.stream().map(EfiDeficit::id).distinct()).hasSize(36);
    }

    @Test
    void only_polypharmacy_is_a_rule_and_these_deficits_have_no_codelist_here() {
        assertThat(def.deficits().stream().filter(x -> x.coverage() == CodelistCoverage.RULE).map(EfiDeficit::id))
                .containsExactly("polypharmacy");
        assertThat(def.deficits().stream().filter(x -> x.coverage() == CodelistCoverage.NONE).map(EfiDeficit::id))
                .containsExactly("activity_limitation", "anaemia", "dizziness", "dyspnoea", "foot_problems",
                        "fragility_fracture", "hearing_impairment", "heart_valve_disease", "housebound",
                        "hypotension_syncope", "mobility_transfer_problems", "parkinsonism_tremor", "peptic_ulcer",
                        "skin_ulcer", "sleep_disturbance", "social_vulnerability", "thyroid_disease",
                        "urinary_incontinence", "urinary_system_disease", "visual_impairment", "weight_loss_anorexia");
    }

    @Test
    void every_proxy_codelist_exists_in_reference_codelists() {
        def.deficits().stream().filter(x -> x.coverage() == CodelistCoverage.PROXY).forEach(x -> {
            assertThat(x.codelists()).as(x.id()).isNotEmpty();
            x.codelists().forEach(f -> assertThat(Files.exists(Path.of("../reference/codelists", f))).as(f).isTrue());
            assertThat(x.note()).as(x.id()).isNotBlank();
        });
    }

    @Test
    void reads_the_value_rules_and_polypharmacy_rule() {
        assertThat(def.valueRules()).hasSize(23);
        assertThat(def.valueRules()).allSatisfy(r -> assertThat(r.codes()).isNotEmpty());
        assertThat(def.polypharmacyMedicines()).isEqualTo(5);
        assertThat(def.polypharmacyMonths()).isEqualTo(12);
    }
}

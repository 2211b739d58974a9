package org.derwent.measures.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.derwent.measures.lang.DefinitionReader;
import org.derwent.measures.lang.IndicatorDef;
import org.derwent.measures.lang.MeasureSet;
import org.junit.jupiter.api.Test;

/** Which denominators a patient without any coded event can never be in. */
class EventlessPatientsTest {
    static final String YAML = """
            codelists:
              hyp: {path: reference/codelists/nhsd-primary-care-domain-refsets-hyp_cod.csv, system: snomed}
              sys: {path: reference/codelists/nhsd-primary-care-domain-refsets-sysbp_cod.csv, system: snomed}
            variables:
              hyp_reg: {register: hyp}
              sbp: {latest_value: sys, within: 12 months}
              n_bp: {count: sys, within: 12 months}
              ea: {encounters: admitted, within: 12 months}
              high: sbp >= 140
              smi: false
              ld: false
            indicators:
            """;

    private static boolean needsEvents(String denominator) {
        return neededLists(denominator) != null;
    }

    private static java.util.Set<String> neededLists(String denominator) {
        String ind = """
                  - id: X
                    title: t
                    domain: cvd
                    description: d
                    source: s
                    direction: higher
                    denominator: %s
                    numerator: age >= 0
                """.formatted(denominator);
        MeasureSet set = DefinitionReader.read(Map.of("t.yaml", YAML + ind));
        List<IndicatorDef> inds = set.indicators();
        return EventlessPatients.neededLists(set, inds);
    }

    @Test
    void a_register_or_a_reading_is_needed() {
        assertThat(needsEvents("hyp_reg and age >= 18")).isTrue();
        assertThat(needsEvents("high")).isTrue(); // null reading: the comparison is not true
        assertThat(needsEvents("n_bp > 0 or hyp_reg")).isTrue();
        assertThat(needsEvents("coalesce(sbp, 0) > 100")).isTrue();
    }

    @Test
    void the_lists_read_are_those_a_patient_needs_an_event_of() {
        assertThat(neededLists("hyp_reg and age >= 18")).containsExactly("hyp");
        assertThat(neededLists("hyp_reg and high")).containsExactlyInAnyOrder("hyp", "sys");
    }

    @Test
    void everyone_or_unknown_values_may_be_in() {
        assertThat(needsEvents("age >= 18")).isFalse();
        assertThat(needsEvents("not hyp_reg")).isFalse();
        assertThat(needsEvents("sbp is null")).isFalse();
        assertThat(needsEvents("hyp_reg or ea > 0")).isFalse();
        assertThat(needsEvents("coalesce(sbp, 150) > 100")).isFalse();
        assertThat(needsEvents("sbp / 2 > 10 or age > 0")).isFalse();
    }
}

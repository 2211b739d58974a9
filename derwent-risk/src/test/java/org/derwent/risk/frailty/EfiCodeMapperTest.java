package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes map to deficits through the codelists named in the definition. */
class EfiCodeMapperTest {
    private static final CodelistSource REFERENCE = CodelistSource.directory(Path.of("../reference/codelists"));

    @Test
    void maps_reference_codelist_codes_to_deficits() {
        EfiCodeMapper m = EfiCodeMapper.of(EfiDefinition.bundled(), REFERENCE);
        // 120041000119109 AF with rapid ventricular response (AFIB_COD); 38341003 hypertensive disorder (HYP_COD)
        assertThat(m.deficits(List.of("120041000119109", "38341003", "999999"))).containsExactly("atrial_fibrillation", "hypertension");
        // W19 unspecified fall (hospital ICD-10, Derwent local list)
        assertThat(m.deficits(List.of("W19"))).containsExactly("falls");
        assertThat(m.uncovered()).hasSize(22);
    }

    @Test
    void works_with_any_codelist_source_and_a_code_can_mark_two_deficits() {
        Map<String, Set<String>> lists = Map.of("nhsd-primary-care-domain-refsets-dm_cod.csv", Set.of("A", "B"),
                "nhsd-primary-care-domain-refsets-hyp_cod.csv", Set.of("B"));
        EfiCodeMapper m = EfiCodeMapper.of(EfiDefinition.bundled(), n -> lists.getOrDefault(n, Set.of()));
        assertThat(m.deficits(List.of("B"))).containsExactly("diabetes", "hypertension");
        assertThat(EfiCalculator.standard().score(m.deficits(List.of("A", "B"))).count()).isEqualTo(2);
    }

    @Test
    void a_missing_codelist_file_is_named() {
        assertThatThrownBy(() -> CodelistSource.directory(Path.of("/nonexistent")).codes("x.csv"))
                .hasMessage("codelist file /nonexistent/x.csv does not exist");
    }
}

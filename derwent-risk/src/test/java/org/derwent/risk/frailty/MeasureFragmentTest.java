package org.derwent.risk.frailty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.derwent.measures.check.Checks;
import org.derwent.measures.codelist.CodelistLibrary;
import org.derwent.measures.lang.DefinitionReader;
import org.derwent.measures.lang.MeasureSet;
import org.derwent.risk.multimorbidity.CmsDefinition;
import org.derwent.risk.multimorbidity.CmsMeasureFragment;
import org.junit.jupiter.api.Test;

/**
 * The eFI and CMS measure-language fragments are read and validated by the real measure-language reader and checks,
 * alongside the project's own measures/ definitions, and the copies in docs/examples are up to date.
 */
class MeasureFragmentTest {
    private static final Path HOME = Path.of("..");
    private final String efi = EfiMeasureFragment.yaml(EfiDefinition.bundled());
    private final String cms = CmsMeasureFragment.yaml(CmsDefinition.bundled());

    @Test
    void fragments_parse_and_pass_the_measure_checks_with_the_project_measures() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(HOME.resolve("measures"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(p.toString(), Files.readString(p));
            }
        }
        files.put("efi.yaml", efi);
        files.put("cms.yaml", cms);
        MeasureSet set = DefinitionReader.read(files);
        Checks.validate(set, CodelistLibrary.load(set, HOME));
        assertThat(set.variables()).containsKeys("efi_deficits", "efi_score", "efi_fit", "efi_mild", "efi_moderate",
                "efi_severe", "efi_polypharmacy", "efi_falls", "cms_general", "cms_mortality", "cms_conditions");
    }

    @Test
    void bands_and_weights_are_written_from_the_definitions() {
        assertThat(efi).contains("  efi_fit: efi_deficits >= 0 and efi_deficits <= 4\n")
                .contains("  efi_mild: efi_deficits >= 5 and efi_deficits <= 8\n")
                .contains("  efi_moderate: efi_deficits >= 9 and efi_deficits <= 12\n")
                .contains("  efi_severe: efi_deficits >= 13 and efi_deficits <= 36\n")
                .contains("  efi_score: efi_deficits / 36.0\n")
                .contains("  efi_polypharmacy: efi_medicines_12m >= 5\n")
                .contains("  efi_falls: {encounters: admitted, diagnosis: efi_falls}\n");
        assertThat(cms).contains("cms_general: 0.08 * cms_hypertension + 0.5 * cms_anxiety_depression")
                .contains("cms_mortality: 0 - 2.09 * cms_hypertension + 7.04 * cms_anxiety_depression")
                .contains("  cms_cancer: {exists: cms_cancer, within: 5 years}\n");
    }

    @Test
    void docs_examples_hold_the_current_fragments() throws IOException {
        assertThat(Files.readString(HOME.resolve("docs/examples/efi-measure-variables.yaml"))).isEqualTo(efi);
        assertThat(Files.readString(HOME.resolve("docs/examples/cms-measure-variables.yaml"))).isEqualTo(cms);
    }
}

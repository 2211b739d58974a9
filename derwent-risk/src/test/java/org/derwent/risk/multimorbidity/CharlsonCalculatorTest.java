package org.derwent.risk.multimorbidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Charlson known answers with the Quan 2005 ICD-10 map, hierarchy and both weight sets. */
class CharlsonCalculatorTest {
    private final CharlsonCalculator charlson = CharlsonCalculator.standard();

    @Test
    void mi_heart_failure_and_complicated_diabetes() {
        List<String> codes = List.of("I21.0", "I50.9", "E11.9", "E11.2");
        CharlsonResult c87 = charlson.fromIcd10(codes, CharlsonWeights.CHARLSON_1987);
        assertThat(c87.categories()).containsExactly("ami", "chf", "diabwc");
        assertThat(c87.score()).isEqualTo(1 + 1 + 2);
        assertThat(charlson.fromIcd10(codes, CharlsonWeights.QUAN_2011).score()).isEqualTo(0 + 2 + 1);
    }

    @Test
    void metastases_replace_the_primary_cancer() {
        CharlsonResult r = charlson.fromIcd10(List.of("C50.9", "C78.0"), CharlsonWeights.CHARLSON_1987);
        assertThat(r.categories()).containsExactly("metacanc");
        assertThat(r.score()).isEqualTo(6);
        assertThat(charlson.fromIcd10(List.of("C50.9"), CharlsonWeights.CHARLSON_1987).score()).isEqualTo(2);
    }

    @Test
    void severe_liver_disease_replaces_mild() {
        CharlsonResult r = charlson.fromIcd10(List.of("K70.3", "K72.1"), CharlsonWeights.QUAN_2011);
        assertThat(r.categories()).containsExactly("msld");
        assertThat(r.score()).isEqualTo(4);
    }

    @Test
    void skin_cancer_and_unlisted_codes_do_not_count() {
        assertThat(charlson.fromIcd10(List.of("C44.3", "J18.9", "I25.1"), CharlsonWeights.CHARLSON_1987).score()).isZero();
    }

    @Test
    void codes_are_normalised_and_matched_by_prefix() {
        assertThat(charlson.categoriesOf(List.of("i252", " z95.8 ", "g30.1", "j449", "b20.0"))).containsExactly(
                "aids", "ami", "copd", "dementia", "pvd");
        assertThat(CharlsonCalculator.normalise("k70.3")).isEqualTo("K703");
    }

    @Test
    void every_category_at_once_scores_the_hierarchical_maximum() {
        List<String> all = CharlsonDefinition.bundled().categories().stream().map(CharlsonCategory::id).toList();
        assertThat(all).hasSize(17);
        // Charlson 1987 sum over 17 categories is 33; mld (1), diab (1) and canc (2) drop out.
        assertThat(charlson.score(all, CharlsonWeights.CHARLSON_1987).score()).isEqualTo(29);
        // Quan 2011 sum is 26; mld (2), diab (0) and canc (2) drop out.
        assertThat(charlson.score(all, CharlsonWeights.QUAN_2011).score()).isEqualTo(22);
    }

    @Test
    void refuses_an_unknown_category() {
        assertThatThrownBy(() -> charlson.score(List.of("mi"), CharlsonWeights.QUAN_2011))
                .hasMessageStartingWith("unknown Charlson category 'mi'");
    }
}

package org.derwent.risk.multimorbidity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CMS weights equal the table in reference/methods/multimorbidity-cms-charlson.md, condition by condition. */
class CmsWeightsTest {
    private static final Map<String, String[]> TABLE = new LinkedHashMap<>();

    static {
        put("hypertension", "0.08", "-2.09");
        put("anxiety_depression", "0.50", "7.04");
        put("painful_condition", "0.92", "16.46");
        put("hearing_loss", "0.09", "-3.94");
        put("irritable_bowel_syndrome", "0.21", "-1.33");
        put("asthma", "0.19", "-2.73");
        put("diabetes", "0.75", "10.23");
        put("coronary_heart_disease", "0.49", "4.22");
        put("chronic_kidney_disease", "0.53", "16.61");
        put("atrial_fibrillation", "1.34", "22.14");
        put("constipation", "1.12", "35.42");
        put("stroke_tia", "0.80", "20.63");
        put("copd", "1.46", "42.50");
        put("connective_tissue_disorder", "0.43", "-0.39");
        put("cancer", "1.53", "62");
        put("alcohol_problems", "0.65", "12.72");
        put("heart_failure", "1.18", "43.47");
        put("dementia", "2.50", "124.42");
        put("schizophrenia_bipolar", "0.64", "7.2");
        put("epilepsy", "0.92", "18.26");
    }

    private static void put(String id, String general, String mortality) {
        TABLE.put(id, new String[] {general, mortality});
    }

    private final CmsDefinition def = CmsDefinition.bundled();

    @Test
    void every_weight_matches_the_reference_table() {
        assertThat(def.conditions()).extracting(CmsCondition::id).containsExactlyElementsOf(TABLE.keySet());
        TABLE.forEach((id, w) -> {
            assertThat(def.condition(id).weight(CmsVariant.GENERAL)).as(id).isEqualByComparingTo(w[0]);
            assertThat(def.condition(id).weight(CmsVariant.MORTALITY)).as(id).isEqualByComparingTo(w[1]);
        });
    }

    @Test
    void all_twenty_conditions_sum_exactly() {
        CmsCalculator cms = new CmsCalculator(def);
        // The table sums to 16.33 (the reference's prose says 17.35; its own table does not add up to that).
        assertThat(cms.score(TABLE.keySet()).score()).isEqualByComparingTo(new BigDecimal("16.33"));
        assertThat(cms.score(TABLE.keySet(), CmsVariant.MORTALITY).score()).isEqualByComparingTo(new BigDecimal("432.84"));
    }

    @Test
    void only_general_weights_are_verified() {
        assertThat(def.verified(CmsVariant.GENERAL)).isTrue();
        assertThat(def.verified(CmsVariant.MORTALITY)).isFalse();
    }
}

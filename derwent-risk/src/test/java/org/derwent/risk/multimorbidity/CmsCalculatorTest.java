package org.derwent.risk.multimorbidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.derwent.risk.frailty.CodelistSource;
import org.junit.jupiter.api.Test;

/** CMS known answers: exact decimal sums, each condition once, unknown ids refused. */
class CmsCalculatorTest {
    private final CmsCalculator cms = CmsCalculator.standard();

    @Test
    void hypertension_and_diabetes_score_083_exactly() {
        CmsResult r = cms.score(List.of("hypertension", "diabetes"));
        assertThat(r.score()).isEqualByComparingTo(new BigDecimal("0.83"));
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.verifiedWeights()).isTrue();
    }

    @Test
    void dementia_heart_failure_copd_af_score_648() {
        assertThat(cms.score(List.of("dementia", "heart_failure", "copd", "atrial_fibrillation")).score())
                .isEqualByComparingTo(new BigDecimal("6.48"));
    }

    @Test
    void mortality_weights_can_be_negative_and_are_flagged_unverified() {
        CmsResult r = cms.score(List.of("hypertension", "hearing_loss", "dementia"), CmsVariant.MORTALITY);
        assertThat(r.score()).isEqualByComparingTo(new BigDecimal("118.39"));
        assertThat(r.verifiedWeights()).isFalse();
    }

    @Test
    void a_condition_given_twice_counts_once() {
        assertThat(cms.score(List.of("anxiety_depression", "anxiety_depression")).score()).isEqualByComparingTo("0.50");
    }

    @Test
    void no_conditions_score_zero() {
        assertThat(cms.score(List.of()).score()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void refuses_an_unknown_condition() {
        assertThatThrownBy(() -> cms.score(List.of("anxiety"))).hasMessageStartingWith("unknown CMS condition 'anxiety'");
    }

    @Test
    void maps_reference_codes_to_conditions() {
        CmsCodeMapper m = CmsCodeMapper.of(CmsDefinition.bundled(), CodelistSource.directory(Path.of("../reference/codelists")));
        assertThat(m.conditions(List.of("38341003", "120041000119109"))).containsExactly("atrial_fibrillation", "hypertension");
        assertThat(m.uncovered()).extracting(CmsCondition::id).containsExactly("painful_condition", "hearing_loss",
                "irritable_bowel_syndrome", "constipation", "alcohol_problems");
    }
}

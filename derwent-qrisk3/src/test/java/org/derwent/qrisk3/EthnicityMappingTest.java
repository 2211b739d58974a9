package org.derwent.qrisk3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NHS ethnic category letters map to the nine QRISK3 groups; not stated stays unknown. */
class EthnicityMappingTest {

    @Test
    void maps_every_2001_census_category() {
        assertThat(Ethnicity.fromNhsEthnicCategory("A")).isEqualTo(Ethnicity.WHITE_OR_NOT_STATED);
        assertThat(Ethnicity.fromNhsEthnicCategory("c")).isEqualTo(Ethnicity.WHITE_OR_NOT_STATED);
        assertThat(Ethnicity.fromNhsEthnicCategory("H")).isEqualTo(Ethnicity.INDIAN);
        assertThat(Ethnicity.fromNhsEthnicCategory("J")).isEqualTo(Ethnicity.PAKISTANI);
        assertThat(Ethnicity.fromNhsEthnicCategory("K")).isEqualTo(Ethnicity.BANGLADESHI);
        assertThat(Ethnicity.fromNhsEthnicCategory("L")).isEqualTo(Ethnicity.OTHER_ASIAN);
        assertThat(Ethnicity.fromNhsEthnicCategory("M")).isEqualTo(Ethnicity.BLACK_CARIBBEAN);
        assertThat(Ethnicity.fromNhsEthnicCategory("N")).isEqualTo(Ethnicity.BLACK_AFRICAN);
        assertThat(Ethnicity.fromNhsEthnicCategory("R")).isEqualTo(Ethnicity.CHINESE);
        for (String other : new String[] {"D", "E", "F", "G", "P", "S"}) {
            assertThat(Ethnicity.fromNhsEthnicCategory(other)).as(other).isEqualTo(Ethnicity.OTHER);
        }
    }

    @Test
    void not_stated_and_unknown_codes_are_null() {
        assertThat(Ethnicity.fromNhsEthnicCategory("Z")).isNull();
        assertThat(Ethnicity.fromNhsEthnicCategory("")).isNull();
        assertThat(Ethnicity.fromNhsEthnicCategory(null)).isNull();
        assertThat(Ethnicity.fromNhsEthnicCategory("Q")).isNull();
    }
}

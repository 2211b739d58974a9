package org.derwent.measures.plan;

import java.util.List;

/** The breakdowns every indicator is reported by (docs/measure-results.md); {@code icb} is the whole population. */
public enum Breakdown {
    ICB(null), PLACE("b_place"), ICP("b_icp"), DISTRICT("b_district"), PCN("b_pcn"), PRACTICE("b_practice"),
    LSOA("b_lsoa"), IMD_QUINTILE("b_imd_quintile"), IMD_DECILE("b_imd_decile"), CORE20("b_core20"),
    ETHNICITY("b_ethnicity"), AGE_BAND("b_age_band"), SEX("b_sex"), SMI("b_smi"), LD("b_ld");

    /** The {@code group_code} of the single whole-population group of breakdown {@code icb}. */
    public static final String ICB_GROUP_CODE = "ICB";

    private final String column;

    Breakdown(String column) {
        this.column = column;
    }

    /** Column in the patient-variable table, or null for the whole ICB. */
    public String column() {
        return column;
    }

    /** Name used in results, e.g. {@code imd_decile}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Organisational breakdowns that get funnel-plot flags. */
    public boolean funnel() {
        return this == PRACTICE || this == PCN;
    }

    /** Breakdowns kept in the monthly series. */
    public static List<Breakdown> seriesBreakdowns() {
        return List.of(ICB, PLACE, ICP, DISTRICT, PCN, PRACTICE);
    }

    public static Breakdown fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}

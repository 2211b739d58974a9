package org.derwent.risk.multimorbidity;

import java.util.Locale;

/** Which outcome's CMS weights to use. */
public enum CmsVariant {
    /** General-outcome score, the one normally meant by "CMS" (two public sources agree). */
    GENERAL,
    /** Mortality-outcome weights: single public source, not verified against the CMAJ table. */
    MORTALITY;

    /** Key in cms-conditions.json ({@code general}, {@code mortality}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

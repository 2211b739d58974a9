package org.derwent.model.code;

import java.util.Optional;

/**
 * NHS ethnic category (Data Dictionary ETHNIC CATEGORY, 2001 census codes A-S, Z not stated)
 * with the 5-group roll-up used for breakdowns.
 */
public enum EthnicCategory {
    A("White - British", "white"),
    B("White - Irish", "white"),
    C("White - Any other White background", "white"),
    D("Mixed - White and Black Caribbean", "mixed"),
    E("Mixed - White and Black African", "mixed"),
    F("Mixed - White and Asian", "mixed"),
    G("Mixed - Any other mixed background", "mixed"),
    H("Asian or Asian British - Indian", "asian"),
    J("Asian or Asian British - Pakistani", "asian"),
    K("Asian or Asian British - Bangladeshi", "asian"),
    L("Asian or Asian British - Any other Asian background", "asian"),
    M("Black or Black British - Caribbean", "black"),
    N("Black or Black British - African", "black"),
    P("Black or Black British - Any other Black background", "black"),
    R("Other Ethnic Groups - Chinese", "other"),
    S("Other Ethnic Groups - Any other ethnic group", "other"),
    Z("Not stated", "unknown");

    private final String display;
    private final String group;

    EthnicCategory(String display, String group) {
        this.display = display;
        this.group = group;
    }

    public String display() {
        return display;
    }

    /** Five-group roll-up: {@code white, mixed, asian, black, other}, or {@code unknown}. */
    public String group() {
        return group;
    }

    public static Optional<EthnicCategory> ofCode(String code) {
        if (code == null || code.length() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.derwent.risk.features;

import java.util.ArrayList;
import java.util.List;
import org.derwent.risk.features.Feature.Kind;

/** The ordered list of model features; eFI and CMS are included only when the composite-score source has them. */
public final class FeatureSet {
    private final List<Feature> features;

    private FeatureSet(List<Feature> features) {
        this.features = List.copyOf(features);
    }

    /** The standard emergency-admission feature set. */
    public static FeatureSet standard(CompositeScores scores) {
        List<Feature> f = new ArrayList<>();
        f.add(new Feature("age", "age", "age", Kind.NUMERIC, "c.age"));
        f.add(new Feature("age_squared", "age", "age", Kind.NUMERIC, "c.age * c.age / 100.0"));
        f.add(new Feature("female", "sex (female)", "sex", Kind.BINARY, "CASE WHEN c.sex = 'F' THEN 1 ELSE 0 END"));
        for (int q = 1; q <= 4; q++) {
            f.add(new Feature("imd_q" + q, "deprivation (IMD quintile " + q + ")", "deprivation", Kind.BINARY,
                    "CASE WHEN c.imd_quintile = " + q + " THEN 1 ELSE 0 END"));
        }
        f.add(new Feature("imd_unknown", "deprivation unknown", "deprivation", Kind.BINARY,
                "CASE WHEN c.imd_quintile IS NULL THEN 1 ELSE 0 END"));
        for (Register r : Register.values()) {
            if (r == Register.FRAILTY_MILD || r == Register.FRAILTY_MODERATE || r == Register.FRAILTY_SEVERE) {
                continue;
            }
            f.add(new Feature(r.column(), r.label(), r.column(), Kind.BINARY, "coalesce(g." + r.column() + ", 0)"));
        }
        f.add(new Feature("coded_frailty", "coded frailty level", "coded_frailty", Kind.NUMERIC,
                "coalesce(g.coded_frailty, 0)"));
        f.add(count("gp_12m", "GP contacts in the last 12 months", "a.gp_12m"));
        f.add(count("ae_12m", "A&E attendances in the last 12 months", "a.ae_12m"));
        f.add(count("emergency_12m", "emergency admissions in the last 12 months", "a.emergency_12m"));
        f.add(count("elective_12m", "elective admissions in the last 12 months", "a.elective_12m"));
        f.add(count("outpatient_12m", "outpatient attendances in the last 12 months", "a.outpatient_12m"));
        f.add(count("bed_days_12m", "hospital bed days in the last 12 months", "a.bed_days_12m"));
        f.add(new Feature("prior_emergency", "emergency admission in the last 12 months", "emergency_12m",
                Kind.BINARY, "CASE WHEN coalesce(a.emergency_12m, 0) > 0 THEN 1 ELSE 0 END"));
        f.add(count("medicines_6m", "distinct medicines issued in the last 6 months", "m.medicines_6m"));
        if (scores.hasEfi()) {
            f.add(new Feature("efi", "electronic Frailty Index", "efi", Kind.NUMERIC, "coalesce(s.efi, 0)"));
        }
        if (scores.hasCms()) {
            f.add(new Feature("cms", "Cambridge Multimorbidity Score", "cms", Kind.NUMERIC, "coalesce(s.cms, 0)"));
        }
        return new FeatureSet(f);
    }

    private static Feature count(String name, String label, String column) {
        return new Feature(name, label, name, Kind.COUNT, "coalesce(" + column + ", 0)");
    }

    public List<Feature> features() {
        return features;
    }

    public int size() {
        return features.size();
    }

    public Feature get(int i) {
        return features.get(i);
    }

    /** Position of a feature by name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> names() {
        return features.stream().map(Feature::name).toList();
    }
}

package org.derwent.risk.features;

/**
 * One model input: its column {@code name}, a plain-English {@code label} used in explanations, the explanation
 * {@code group} it is summed into (age terms, deprivation dummies), how the model transforms it, and the SQL
 * expression that computes it over the feature query's aliases (c cohort, a activity, g registers, m medicines,
 * s composite scores).
 */
public record Feature(String name, String label, String group, Kind kind, String sql) {
    /** How a model transforms the raw value before standardising it. */
    public enum Kind {
        /** Used as is (age, scores). */
        NUMERIC,
        /** 0 or 1. */
        BINARY,
        /** A count of contacts or medicines: the model uses ln(1 + n). */
        COUNT
    }

    /** The value the model sees before standardisation. */
    public double transform(double raw) {
        return kind == Kind.COUNT ? Math.log1p(Math.max(0, raw)) : raw;
    }
}

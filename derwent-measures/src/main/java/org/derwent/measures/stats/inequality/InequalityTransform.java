package org.derwent.measures.stats.inequality;

/**
 * Scale of the SII regression: raw values (PHE default), or log (rates) / logit (proportions, values given as
 * fractions of {@code scale}) with standard errors taken from the transformed 95% limits.
 */
public enum InequalityTransform {
    NONE, LOG, LOGIT;

    double forward(double v, double scale) {
        return switch (this) {
            case NONE -> v;
            case LOG -> Math.log(v);
            case LOGIT -> Math.log((v / scale) / (1 - v / scale));
        };
    }

    double inverse(double v, double scale) {
        return switch (this) {
            case NONE -> v;
            case LOG -> Math.exp(v);
            case LOGIT -> scale / (1 + Math.exp(-v));
        };
    }
}

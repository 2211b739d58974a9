package org.derwent.risk.frailty;

import java.util.List;
import java.util.Locale;

/**
 * A value-based eFI deficit rule (GM-SDE, as in reference/methods/efi.md, plus Derwent's SNOMED eGFR rule): a
 * measurement recorded with one of {@code codes} marks the deficit when its value passes the test.
 *
 * @param deficit id of the deficit it marks
 * @param codes codes of the measurement
 * @param codeSystems the code systems of {@code codes} (Read v2 / CTV3 for the GM-SDE rules)
 * @param op the test
 * @param threshold the threshold (lower bound for BETWEEN); NaN for ANY
 * @param upper upper bound for BETWEEN, else NaN
 * @param sex {@code male}, {@code female} or {@code any}
 * @param measure what is measured and its unit
 */
public record EfiValueRule(String deficit, List<String> codes, String codeSystems, Op op, double threshold, double upper, String sex,
        String measure) {

    /** Comparison of the recorded value with the threshold; BETWEEN excludes both bounds. */
    public enum Op { GT, GE, LT, LE, BETWEEN, ANY }

    public EfiValueRule {
        codes = List.copyOf(codes);
    }

    /**
     * Whether a value recorded for a person of the given sex ({@code male}/{@code female}, null if unknown) marks the
     * deficit. A sex-specific rule never applies to a person whose sex is unknown or different.
     */
    public boolean matches(double value, String personSex) {
        if (!"any".equals(sex) && (personSex == null || !sex.equals(personSex.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return switch (op) {
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case BETWEEN -> value > threshold && value < upper;
            case ANY -> true;
        };
    }
}

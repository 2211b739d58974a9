package org.derwent.measures.lang;

/**
 * An indicator. The denominator is the patients of the {@code cohort} matching {@code denominator} and not
 * {@code exclusions}; the numerator is those of them matching {@code numerator}. Each side counts patients, or
 * sums an expression when {@code ...Sum} is given (event counts for rates, expected cases for ratios).
 */
public record IndicatorDef(String id, SourcePos pos, Catalogue catalogue, Cohort cohort, Expr denominator,
        Expr denominatorSum, Expr exclusions, Expr numerator, Expr numeratorSum, boolean standardise) {

    /** Which patients an indicator starts from. */
    public enum Cohort {
        /** Alive and registered at the period end (practice of the registration in force then). */
        REGISTERED,
        /** Died in the 12 months to the period end (practice of the registration at death). */
        DIED
    }

    /** The catalogue entry (see docs/measure-results.md, table indicator_catalogue). */
    public record Catalogue(String title, String domain, String description, String source, String direction,
            Double target, String unit) {
    }
}

package org.derwent.model.footprint;

/**
 * A QOF register count at a practice with its denominator.
 *
 * @param register    register code, e.g. {@code HYP}
 * @param count       patients on the register
 * @param listType    QOF patient list type of the denominator ({@code TOTAL}, {@code 18OV}, ...)
 * @param denominator list size for that list type
 */
public record QofRegister(String register, int count, String listType, int denominator) {
    /** Register prevalence as a proportion of its denominator. */
    public double prevalence() {
        return denominator == 0 ? 0 : (double) count / denominator;
    }
}

package org.derwent.measures.disclosure;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One group of a breakdown after disclosure control.
 *
 * @param group            the group
 * @param total            true for the breakdown's total row
 * @param numerator        the disclosed numerator
 * @param denominator      the disclosed denominator, empty when the input had none
 * @param value            rounded numerator / rounded denominator x multiplier; empty when suppressed, when there
 *                         is no denominator or when the rounded denominator is 0
 * @param valueSuppression {@link Suppression#DERIVED} when an input of the value is suppressed, else NONE
 */
public record DisclosedGroup(String group, boolean total, DisclosedCount numerator, Optional<DisclosedCount> denominator,
                             OptionalDouble value, Suppression valueSuppression) {

    /** True when any number of this row is suppressed. */
    public boolean anySuppressed() {
        return numerator.isSuppressed() || denominator.map(DisclosedCount::isSuppressed).orElse(false)
                || valueSuppression.suppressed();
    }
}

package org.derwent.risk.model;

import java.time.LocalDate;

/**
 * The dates of a temporal validation around the store's latest extract date t: training index t-2y (outcome in
 * (t-2y, t-1y]), test index t-1y (outcome in (t-1y, t]), scoring at t (outcome in the following 12 months).
 */
public record ValidationPeriods(LocalDate extractDate) {
    public LocalDate trainIndex() {
        return extractDate.minusYears(2);
    }

    public LocalDate testIndex() {
        return extractDate.minusYears(1);
    }

    public LocalDate scoreIndex() {
        return extractDate;
    }
}

package org.derwent.risk.features;

import java.time.LocalDate;
import java.util.List;

/** Everyone registered and alive at {@code indexDate}, ordered by person id, with their features and outcome. */
public record Cohort(LocalDate indexDate, FeatureSet features, List<PersonFeatures> people) {
    public int size() {
        return people.size();
    }

    /** Share of the cohort with the outcome. */
    public double prevalence() {
        return people.isEmpty() ? 0 : people.stream().filter(PersonFeatures::outcome).count() / (double) size();
    }

    public boolean[] outcomes() {
        boolean[] y = new boolean[size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = people.get(i).outcome();
        }
        return y;
    }
}

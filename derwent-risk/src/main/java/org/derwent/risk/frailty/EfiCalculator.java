package org.derwent.risk.frailty;

import java.util.Collection;
import java.util.TreeSet;

/** Computes the eFI from the set of deficits present: equal weights, score = count / 36, then the band. */
public final class EfiCalculator {
    /** The eFI denominator. */
    public static final int DEFICITS = 36;

    private final EfiDefinition definition;

    public EfiCalculator(EfiDefinition definition) {
        this.definition = definition;
    }

    /** The calculator over the bundled 36 deficits. */
    public static EfiCalculator standard() {
        return new EfiCalculator(EfiDefinition.bundled());
    }

    /**
     * Scores the deficits present, given by id; duplicates count once.
     *
     * @throws IllegalArgumentException naming an unknown deficit id
     */
    public EfiResult score(Collection<String> deficitIds) {
        TreeSet<String> present = new TreeSet<>();
        for (String id : deficitIds) {
            present.add(definition.deficit(id).id());
        }
        int k = present.size();
        return new EfiResult(present, k, (double) k / DEFICITS, EfiBand.ofCount(k));
    }
}

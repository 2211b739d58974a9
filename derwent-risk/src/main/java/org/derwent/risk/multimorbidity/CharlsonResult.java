package org.derwent.risk.multimorbidity;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A Charlson Comorbidity Index.
 *
 * @param categories categories that count, after the hierarchy (milder of a pair dropped when the severer is present)
 * @param weights the weight set used
 * @param score sum of their weights
 */
public record CharlsonResult(SortedSet<String> categories, CharlsonWeights weights, int score) {
    public CharlsonResult {
        categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
    }
}

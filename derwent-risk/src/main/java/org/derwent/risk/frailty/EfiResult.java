package org.derwent.risk.frailty;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person's eFI.
 *
 * @param deficits ids of the deficits present
 * @param count number of deficits present (0-36)
 * @param score {@code count / 36}
 * @param band frailty category
 */
public record EfiResult(SortedSet<String> deficits, int count, double score, EfiBand band) {
    public EfiResult {
        deficits = Collections.unmodifiableSortedSet(new TreeSet<>(deficits));
    }
}

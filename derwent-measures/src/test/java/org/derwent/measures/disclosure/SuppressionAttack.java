package org.derwent.measures.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker who knows every shown cell exactly (ignoring rounding) and every relation, and solves any relation
 * with exactly one unknown cell by subtraction or addition, repeatedly. Returns the suppressed cells recovered.
 */
final class SuppressionAttack {
    private SuppressionAttack() {
    }

    static List<Integer> recoverable(DisclosureTable table, List<DisclosedCount> disclosed) {
        boolean[] known = new boolean[table.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = !disclosed.get(i).isSuppressed();
        }
        List<Integer> recovered = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DisclosureTable.Relation r : table.relations()) {
                List<Integer> unknown = new ArrayList<>();
                if (!known[r.total()]) {
                    unknown.add(r.total());
                }
                for (int m : r.members()) {
                    if (!known[m]) {
                        unknown.add(m);
                    }
                }
                if (unknown.size() == 1) {
                    known[unknown.get(0)] = true;
                    recovered.add(unknown.get(0));
                    changed = true;
                }
            }
        }
        return recovered;
    }
}

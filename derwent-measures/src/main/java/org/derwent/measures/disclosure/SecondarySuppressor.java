package org.derwent.measures.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@link DisclosurePolicy} to a {@link DisclosureTable}:
 * <ol>
 *   <li>primary: every count from 1 to the threshold is suppressed;</li>
 *   <li>secondary, repeated until nothing changes, for every relation {@code total = sum(members)}:
 *       <ul>
 *         <li>when the total is shown and any member is suppressed, members are suppressed (smallest non-zero
 *             first, as OpenSAFELY's {@code suppress_column}) until at least two are suppressed and their raw sum
 *             exceeds the threshold, so subtraction from the total reveals only an aggregate above the
 *             threshold;</li>
 *         <li>when the total is suppressed and no member is, the smallest non-zero member is suppressed, so the
 *             total cannot be recovered by addition;</li>
 *       </ul></li>
 *   <li>every count still shown is rounded to the base.</li>
 * </ol>
 * Totals are rounded from their raw values, not summed from rounded members (NHS Digital HES/ECDS rule).
 */
public final class SecondarySuppressor {
    private SecondarySuppressor() {
    }

    /** The disclosed count of every cell of {@code table}, by cell index. */
    public static List<DisclosedCount> apply(DisclosureTable table, DisclosurePolicy policy) {
        int n = table.size();
        Suppression[] status = new Suppression[n];
        for (int i = 0; i < n; i++) {
            status[i] = policy.isSmall(table.count(i)) ? Suppression.PRIMARY : Suppression.NONE;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DisclosureTable.Relation r : table.relations()) {
                changed |= protect(table, policy, status, r);
            }
        }
        List<DisclosedCount> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(status[i].suppressed() ? DisclosedCount.suppressed(status[i])
                    : DisclosedCount.shown(policy.round(table.count(i))));
        }
        return out;
    }

    /** Suppresses one more cell of {@code r} if it needs it; true when something changed. */
    private static boolean protect(DisclosureTable t, DisclosurePolicy policy, Suppression[] status,
                                   DisclosureTable.Relation r) {
        int suppressed = 0;
        long suppressedSum = 0;
        for (int m : r.members()) {
            if (status[m].suppressed()) {
                suppressed++;
                suppressedSum += t.count(m);
            }
        }
        boolean totalShown = !status[r.total()].suppressed();
        boolean needs = totalShown ? suppressed > 0 && (suppressed < 2 || suppressedSum <= policy.threshold())
                : suppressed == 0 && t.count(r.total()) > 0;
        if (!needs) {
            return false;
        }
        int next = smallestShown(t, status, r.members());
        if (next >= 0) {
            status[next] = Suppression.SECONDARY;
        } else {
            status[r.total()] = Suppression.SECONDARY;
        }
        return true;
    }

    /** The shown member with the smallest count, preferring non-zero counts; -1 when none is shown. */
    private static int smallestShown(DisclosureTable t, Suppression[] status, List<Integer> members) {
        int best = -1;
        for (int m : members) {
            if (status[m].suppressed()) {
                continue;
            }
            if (best < 0 || rank(t.count(m)) < rank(t.count(best))) {
                best = m;
            }
        }
        return best;
    }

    private static long rank(long count) {
        return count == 0 ? Long.MAX_VALUE : count;
    }
}

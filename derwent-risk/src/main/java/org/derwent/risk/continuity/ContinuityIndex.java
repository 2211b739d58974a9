package org.derwent.risk.continuity;

import java.util.Collection;

/**
 * Continuity-of-care indices over a patient's contacts, given the number of contacts with each provider.
 * Usual Provider of Care: UPC = max_j n_j / N. Bice-Boxerman Continuity of Care: COC = (sum_j n_j^2 - N) /
 * (N (N - 1)). Both range from 0 to 1 (1 = every contact with one provider) and need N >= 2.
 */
public final class ContinuityIndex {
    private ContinuityIndex() {
    }

    public static double upc(Collection<Integer> contactsPerProvider) {
        long n = total(contactsPerProvider);
        int max = contactsPerProvider.stream().mapToInt(Integer::intValue).max().orElse(0);
        return (double) max / n;
    }

    public static double coc(Collection<Integer> contactsPerProvider) {
        long n = total(contactsPerProvider);
        long sumSq = contactsPerProvider.stream().mapToLong(k -> (long) k * k).sum();
        return (double) (sumSq - n) / ((double) n * (n - 1));
    }

    private static long total(Collection<Integer> counts) {
        long n = counts.stream().mapToLong(Integer::longValue).sum();
        if (n < 2) {
            throw new IllegalArgumentException("continuity needs at least 2 contacts, got " + n + " in " + counts);
        }
        return n;
    }
}

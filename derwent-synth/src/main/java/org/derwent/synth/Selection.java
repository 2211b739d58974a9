package org.derwent.synth;

/** Order statistics without a full sort (Hoare's selection, expected linear time; reorders the array). */
public final class Selection {
    private Selection() {
    }

    /** The k-th largest value (k from 1) of {@code a}. */
    public static double kthLargest(double[] a, int k) {
        if (k < 1 || k > a.length) {
            throw new IllegalArgumentException("k = " + k + " outside 1.." + a.length);
        }
        int target = a.length - k;
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }
}

package org.derwent.measures.stats.spc;

import java.util.ArrayList;
import java.util.List;

/** Builds input series for the SPC tests. */
final class SpcTestData {
    private SpcTestData() {
    }

    static List<SpcInput> series(double... values) {
        List<SpcInput> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(SpcInput.of(String.format("P%02d", i + 1), values[i]));
        }
        return list;
    }

    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int i = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    static double[] alternating(double a, double b, int pairs) {
        double[] out = new double[2 * pairs];
        for (int i = 0; i < pairs; i++) {
            out[2 * i] = a;
            out[2 * i + 1] = b;
        }
        return out;
    }
}

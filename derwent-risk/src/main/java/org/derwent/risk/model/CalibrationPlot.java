package org.derwent.risk.model;

import java.util.List;
import java.util.Locale;

/**
 * A calibration plot as SVG: observed event rate against mean predicted risk for each decile of predicted risk,
 * with the diagonal of perfect calibration. Axes run from 0 to the largest value rounded up to a tenth.
 */
public final class CalibrationPlot {
    private static final int SIZE = 480;
    private static final int MARGIN = 60;

    private CalibrationPlot() {
    }

    public static String svg(String title, List<CalibrationBin> bins) {
        double max = 0.1;
        for (CalibrationBin b : bins) {
            max = Math.max(max, Math.max(b.meanPredicted(), b.observed()));
        }
        max = Math.ceil(max * 10) / 10;
        int plot = SIZE - 2 * MARGIN;
        StringBuilder s = new StringBuilder();
        s.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"Arial\""
                + " font-size=\"12\">%n", SIZE, SIZE));
        s.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", SIZE, SIZE));
        s.append(f("<text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n", SIZE / 2,
                escape(title)));
        for (int k = 0; k <= 5; k++) {
            double v = max * k / 5;
            double px = MARGIN + plot * k / 5.0;
            double py = SIZE - MARGIN - plot * k / 5.0;
            s.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", px, MARGIN, px,
                    SIZE - MARGIN));
            s.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", MARGIN, py,
                    SIZE - MARGIN, py));
            s.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f%%</text>%n", px, SIZE - MARGIN + 18,
                    v * 100));
            s.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f%%</text>%n", MARGIN - 6, py + 4, v * 100));
        }
        s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\" stroke-dasharray=\"4 4\"/>%n",
                MARGIN, SIZE - MARGIN, SIZE - MARGIN, MARGIN));
        StringBuilder path = new StringBuilder();
        for (CalibrationBin b : bins) {
            double px = MARGIN + plot * b.meanPredicted() / max;
            double py = SIZE - MARGIN - plot * b.observed() / max;
            path.append(path.length() == 0 ? "M" : " L").append(f("%.1f %.1f", px, py));
            s.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#005eb8\"><title>decile %d: predicted %.3f,"
                    + " observed %.3f (n=%d)</title></circle>%n", px, py, b.decile(), b.meanPredicted(), b.observed(),
                    b.n()));
        }
        s.append(f("<path d=\"%s\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"1.5\"/>%n", path));
        s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Mean predicted risk (deciles)</text>%n", SIZE / 2,
                SIZE - 18));
        s.append(f("<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">Observed emergency"
                + " admission rate</text>%n", SIZE / 2, SIZE / 2));
        return s.append("</svg>\n").toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

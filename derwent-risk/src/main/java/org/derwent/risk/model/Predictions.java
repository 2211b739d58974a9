package org.derwent.risk.model;

import java.util.List;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Runs a Tribuo model over rows in chunks (bounded memory) and reads the event probability. */
final class Predictions {
    private static final int CHUNK = 50_000;

    private Predictions() {
    }

    static double[] probabilities(Model<Label> model, String[] names, List<double[]> z) {
        double[] p = new double[z.size()];
        for (int from = 0; from < z.size(); from += CHUNK) {
            int to = Math.min(z.size(), from + CHUNK);
            List<Prediction<Label>> preds = model.predict(TribuoData.examples(names, z.subList(from, to)));
            for (int i = 0; i < preds.size(); i++) {
                Label event = preds.get(i).getOutputScores().get(TribuoData.EVENT);
                p[from + i] = event == null ? 0 : event.getScore();
            }
        }
        return p;
    }
}

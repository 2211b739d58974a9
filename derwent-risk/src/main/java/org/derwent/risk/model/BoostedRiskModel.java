package org.derwent.risk.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.derwent.risk.RiskException;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer.BoosterType;
import org.tribuo.common.xgboost.XGBoostTrainer.LoggingVerbosity;
import org.tribuo.common.xgboost.XGBoostTrainer.TreeMethod;

/**
 * Gradient-boosted trees (Tribuo's XGBoost classification trainer, histogram method). Tribuo trains a two-class
 * softmax, so an event's log-odds is the event margin minus the non-event margin; contributions are XGBoost's
 * exact per-feature TreeSHAP values ({@code predictContrib}) for the event class minus the non-event class.
 */
public final class BoostedRiskModel implements RiskModel {
    /** Hyper-parameters: trees, learning rate, depth, threads. */
    public record Settings(int trees, double eta, int maxDepth, int threads) {
        public static final Settings DEFAULT = new Settings(150, 0.1, 4, 2);
    }

    private static final int CHUNK = 20_000;
    private final XGBoostModel<Label> model;
    private final String[] names;
    private final Settings settings;

    private BoostedRiskModel(XGBoostModel<Label> model, String[] names, Settings settings) {
        this.model = model;
        this.names = names.clone();
        this.settings = settings;
    }

    /** Trains on standardised rows; deterministic for a seed. */
    public static BoostedRiskModel train(String[] names, List<double[]> z, boolean[] y, long seed, Settings s) {
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(BoosterType.GBTREE, TreeMethod.HIST,
                s.trees(), s.eta(), 0, s.maxDepth(), 1, 1.0, 1.0, 1, 0, s.threads(), LoggingVerbosity.SILENT, seed);
        XGBoostModel<Label> m = trainer.train(TribuoData.dataset(names, z, y, "derwent emergency-admission cohort"));
        return new BoostedRiskModel(m, names, s);
    }

    @Override
    public String id() {
        return "gbm";
    }

    @Override
    public String method() {
        return "Gradient-boosted trees (Tribuo 4.3.2 XGBoostClassificationTrainer, XGBoost 1.6.2, hist, "
                + settings.trees() + " trees, depth " + settings.maxDepth() + ", eta " + settings.eta() + ")";
    }

    /**
     * The event probability from the inner XGBoost booster's class margins on a dense matrix in Tribuo's feature
     * order (the same value as Tribuo's own prediction, tested, without building an example per person).
     */
    @Override
    public double[] predict(List<double[]> z) {
        int event = model.getOutputIDInfo().getID(new Label(TribuoData.EVENT));
        int none = model.getOutputIDInfo().getID(new Label(TribuoData.NO_EVENT));
        Booster booster = model.getInnerModels().get(0);
        double[] p = new double[z.size()];
        try {
            for (int from = 0; from < z.size(); from += CHUNK) {
                int to = Math.min(z.size(), from + CHUNK);
                DMatrix dm = matrix(z, from, to);
                try {
                    float[][] margins = booster.predict(dm, true);
                    for (int i = 0; i < margins.length; i++) {
                        p[from + i] = 1 / (1 + Math.exp(-(margins[i][event] - margins[i][none])));
                    }
                } finally {
                    dm.dispose();
                }
            }
        } catch (XGBoostError e) {
            throw new RiskException("XGBoost prediction failed: " + e.getMessage(), e);
        }
        return p;
    }

    /** Tribuo's own prediction (used by tests to check {@link #predict}). */
    double[] predictWithTribuo(List<double[]> z) {
        return Predictions.probabilities(model, names, z);
    }

    private DMatrix matrix(List<double[]> z, int from, int to) throws XGBoostError {
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        int ncol = fmap.size();
        int[] col = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            col[j] = fmap.getID(names[j]);
        }
        float[] data = new float[(to - from) * ncol];
        for (int i = from; i < to; i++) {
            double[] row = z.get(i);
            for (int j = 0; j < names.length; j++) {
                if (col[j] >= 0) {
                    data[(i - from) * ncol + col[j]] = (float) row[j];
                }
            }
        }
        return new DMatrix(data, to - from, ncol, Float.NaN);
    }

    @Override
    public Contributions contributions(List<double[]> z) {
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        int ncol = fmap.size();
        int[] col = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            col[j] = fmap.getID(names[j]);
        }
        int event = model.getOutputIDInfo().getID(new Label(TribuoData.EVENT));
        int none = model.getOutputIDInfo().getID(new Label(TribuoData.NO_EVENT));
        Booster booster = model.getInnerModels().get(0);
        List<double[]> rows = new ArrayList<>(z.size());
        double baseline = 0;
        try {
            for (int from = 0; from < z.size(); from += CHUNK) {
                int to = Math.min(z.size(), from + CHUNK);
                DMatrix dm = matrix(z, from, to);
                try {
                    float[][] contrib = booster.predictContrib(dm, 0);
                    int width = ncol + 1;
                    for (float[] c : contrib) {
                        double[] out = new double[names.length];
                        for (int j = 0; j < names.length; j++) {
                            out[j] = col[j] < 0 ? 0 : c[event * width + col[j]] - c[none * width + col[j]];
                        }
                        baseline = c[event * width + ncol] - c[none * width + ncol];
                        rows.add(out);
                    }
                } finally {
                    dm.dispose();
                }
            }
        } catch (XGBoostError e) {
            throw new RiskException("XGBoost contributions failed: " + e.getMessage(), e);
        }
        return new Contributions(baseline, rows);
    }

    @Override
    public String explanationMethod() {
        return "XGBoost TreeSHAP contributions (predictContrib), event minus non-event class, on the log-odds scale";
    }

    @Override
    public void save(Path file) {
        try {
            model.serializeToFile(file);
        } catch (IOException e) {
            throw new RiskException("cannot save model to " + file + ": " + e.getMessage(), e);
        }
    }
}

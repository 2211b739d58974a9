package org.derwent.risk;

import java.nio.file.Path;
import org.derwent.risk.continuity.FrequentAttenders;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.frailty.CodelistSource;
import org.derwent.risk.frailty.EfiDefinition;
import org.derwent.risk.multimorbidity.CmsDefinition;
import org.derwent.risk.multimorbidity.StoreCompositeScores;
import org.derwent.risk.model.BoostedRiskModel;

/**
 * Settings of a risk run: codelist directory, output directory, seed, boosted-tree settings, the eFI/CMS source
 * and the frequent-attender rule.
 */
public record RiskOptions(Path codelists, Path outDir, long seed, BoostedRiskModel.Settings gbm,
        CompositeScores compositeScores, FrequentAttenders frequentAttenders, int maxTrainRows) {
    /** Default cap on training rows (a seeded uniform sample above it), to keep training within 2 minutes. */
    public static final int DEFAULT_MAX_TRAIN_ROWS = 400_000;

    /**
     * Defaults: seed 20240401, default boosted settings, eFI and CMS from the store through the frailty and
     * multimorbidity packages, standard frequent-attender rule.
     */
    public static RiskOptions defaults(Path codelists, Path outDir) {
        return new RiskOptions(codelists, outDir, 20240401L, BoostedRiskModel.Settings.DEFAULT,
                new StoreCompositeScores(EfiDefinition.bundled(), CmsDefinition.bundled(), CodelistSource.directory(codelists)),
                FrequentAttenders.standard(), DEFAULT_MAX_TRAIN_ROWS);
    }

    public RiskOptions withCompositeScores(CompositeScores scores) {
        return new RiskOptions(codelists, outDir, seed, gbm, scores, frequentAttenders, maxTrainRows);
    }

    public RiskOptions withSeed(long newSeed) {
        return new RiskOptions(codelists, outDir, newSeed, gbm, compositeScores, frequentAttenders, maxTrainRows);
    }

    public RiskOptions withMaxTrainRows(int rows) {
        return new RiskOptions(codelists, outDir, seed, gbm, compositeScores, frequentAttenders, rows);
    }

    public RiskOptions withGbm(BoostedRiskModel.Settings settings) {
        return new RiskOptions(codelists, outDir, seed, settings, compositeScores, frequentAttenders, maxTrainRows);
    }
}

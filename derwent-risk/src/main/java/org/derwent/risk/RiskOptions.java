package org.derwent.risk;

import java.nio.file.Path;
import org.derwent.risk.continuity.FrequentAttenders;
import org.derwent.risk.features.CompositeScores;
import org.derwent.risk.model.BoostedRiskModel;

/**
 * Settings of a risk run: codelist directory, output directory, seed, boosted-tree settings, the eFI/CMS source
 * and the frequent-attender rule.
 */
public record RiskOptions(Path codelists, Path outDir, long seed, BoostedRiskModel.Settings gbm,
        CompositeScores compositeScores, FrequentAttenders frequentAttenders) {
    /** Defaults: seed 20240401, default boosted settings, no eFI/CMS source, standard frequent-attender rule. */
    public static RiskOptions defaults(Path codelists, Path outDir) {
        return new RiskOptions(codelists, outDir, 20240401L, BoostedRiskModel.Settings.DEFAULT, CompositeScores.NONE,
                FrequentAttenders.standard());
    }

    public RiskOptions withCompositeScores(CompositeScores scores) {
        return new RiskOptions(codelists, outDir, seed, gbm, scores, frequentAttenders);
    }

    public RiskOptions withSeed(long newSeed) {
        return new RiskOptions(codelists, outDir, newSeed, gbm, compositeScores, frequentAttenders);
    }

    public RiskOptions withGbm(BoostedRiskModel.Settings settings) {
        return new RiskOptions(codelists, outDir, seed, settings, compositeScores, frequentAttenders);
    }
}

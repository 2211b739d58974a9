package org.derwent.risk.features;

/**
 * One person in a cohort at an index date: where they are registered, the breakdown fields, their raw feature
 * values (in {@link FeatureSet} order), the segmentation inputs and the 12-month outcome after the index date.
 *
 * @param imdQuintile 1 (most deprived) to 5, or 0 when unknown
 * @param efiCategory eFI category ({@code fit, mild, moderate, severe}) or null when no eFI source
 * @param cms Cambridge Multimorbidity Score, or NaN when no CMS source
 * @param codedFrailty highest coded frailty level (0 none, 1 mild, 2 moderate, 3 severe)
 * @param outcome at least one emergency admission in the 12 months after the index date
 */
public record PersonFeatures(String personId, String practiceCode, String pcnCode, String placeCode, String sex,
        String ethnicGroup, int imdQuintile, double[] values, int ltcCount, boolean palliative, int codedFrailty,
        String efiCategory, double cms, boolean outcome) {
}

package org.derwent.risk.frailty;

/**
 * eFI frailty categories (Clegg 2016): fit 0-0.12, mild &gt;0.12-0.24, moderate &gt;0.24-0.36, severe &gt;0.36; each
 * upper edge belongs to the lower band. With 36 deficits that is 0-4, 5-8, 9-12 and 13-36 deficits.
 */
public enum EfiBand {
    FIT(12), MILD(24), MODERATE(36), SEVERE(100);

    private final int upperPercent;

    EfiBand(int upperPercent) {
        this.upperPercent = upperPercent;
    }

    /** Upper edge of the band as an eFI score (inclusive); 1.0 for severe. */
    public double upper() {
        return upperPercent / 100.0;
    }

    /**
     * The band of {@code count} deficits out of 36, compared exactly ({@code count/36 <= 0.12} as
     * {@code 100 * count <= 12 * 36}), so no rounding can move a person across an edge.
     */
    public static EfiBand ofCount(int count) {
        if (count < 0 || count > EfiCalculator.DEFICITS) {
            throw new IllegalArgumentException("eFI deficit count " + count + ": expected 0-36");
        }
        for (EfiBand b : values()) {
            if (100L * count <= (long) b.upperPercent * EfiCalculator.DEFICITS) {
                return b;
            }
        }
        throw new AssertionError(count);
    }

    /** The band of an eFI score in [0, 1] (for scores recorded elsewhere, e.g. an EFI_COD value). */
    public static EfiBand ofScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("eFI score " + score + ": expected a number from 0 to 1");
        }
        for (EfiBand b : values()) {
            if (score <= b.upper()) {
                return b;
            }
        }
        throw new AssertionError(score);
    }
}

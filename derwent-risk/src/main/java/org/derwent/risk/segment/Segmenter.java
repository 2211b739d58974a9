package org.derwent.risk.segment;

import org.derwent.risk.features.PersonFeatures;

/**
 * Assigns a {@link Segment}: end of life = on the palliative care register (death in the following 12 months
 * is not used: it is not known at the scoring date); frailty = eFI moderate or severe when an eFI source is
 * wired, else coded moderate or severe frailty; complex = at least {@code complexLtcs} long-term condition
 * registers or CMS at least {@code cmsHigh}; long-term condition = at least one; healthy = none.
 */
public record Segmenter(int complexLtcs, double cmsHigh, boolean efiAvailable) {
    /** Three or more long-term conditions, or CMS of 2.5 or more (the weight of dementia alone). */
    public static Segmenter standard(boolean efiAvailable) {
        return new Segmenter(3, 2.5, efiAvailable);
    }

    public Segment of(PersonFeatures p) {
        if (p.palliative()) {
            return Segment.END_OF_LIFE;
        }
        boolean frail = efiAvailable
                ? "moderate".equals(p.efiCategory()) || "severe".equals(p.efiCategory())
                : p.codedFrailty() >= 2;
        if (frail) {
            return Segment.FRAILTY;
        }
        if (p.ltcCount() >= complexLtcs || (!Double.isNaN(p.cms()) && p.cms() >= cmsHigh)) {
            return Segment.COMPLEX;
        }
        return p.ltcCount() >= 1 ? Segment.LONG_TERM_CONDITION : Segment.HEALTHY;
    }
}

package org.derwent.measures.stats.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.derwent.measures.stats.ConfidenceLevel;
import org.derwent.measures.stats.ImprovementDirection;

/**
 * A funnel plot of units around a target: each unit's value, limits at its precision, significance and outlier
 * flag (reference/methods/funnel-plots.md; Spiegelhalter 2005).
 *
 * @param type           what is plotted
 * @param target         the centre line on the natural scale (fraction, ratio or rate per person)
 * @param multiplier     the factor applied to values and limits (e.g. 100 for per cent)
 * @param method         the over-dispersion adjustment applied
 * @param overdispersion the estimated phi and tau2 (reported even when not applied)
 * @param points         one point per unit, in input order
 */
public record FunnelAnalysis(FunnelType type, double target, double multiplier, OverdispersionMethod method,
                             Overdispersion overdispersion, List<FunnelPoint> points) {

    /**
     * Runs the funnel.
     *
     * @param units      the units; proportions need whole-number denominators and numerator <= denominator
     * @param type       proportion, ratio or rate
     * @param target     fixed target on the natural scale, or empty for the pooled value (1 for ratios)
     * @param method     over-dispersion adjustment
     * @param direction  improvement direction, for positive/negative outlier flags
     * @param multiplier factor for values and limits (100 for per cent, 100000 for rates per 100,000)
     */
    public static FunnelAnalysis run(List<FunnelUnit> units, FunnelType type, OptionalDouble target,
                                     OverdispersionMethod method, ImprovementDirection direction, double multiplier) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a funnel needs at least one unit");
        }
        double sumO = units.stream().mapToDouble(FunnelUnit::numerator).sum();
        double sumN = units.stream().mapToDouble(FunnelUnit::denominator).sum();
        double t = target.orElse(type == FunnelType.RATIO ? 1 : sumO / sumN);
        double[] observed = units.stream().mapToDouble(FunnelUnit::numerator).toArray();
        double[] expected = units.stream().mapToDouble(u -> t * u.denominator()).toArray();
        Overdispersion od = type == FunnelType.PROPORTION ? Overdispersion.proportions(checkProportions(units), t)
                : Overdispersion.ratios(observed, expected);
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            FunnelUnit u = units.get(i);
            FunnelLimits limits = limits(type, method, od, u, t, expected[i]).scaled(multiplier);
            double value = u.ratio() * multiplier;
            FunnelSignificance sig = FunnelSignificance.of(value, limits);
            points.add(new FunnelPoint(u, value, limits, sig, OutlierFlag.of(sig, direction, ConfidenceLevel.P998)));
        }
        return new FunnelAnalysis(type, t, multiplier, method, od, List.copyOf(points));
    }

    private static FunnelLimits limits(FunnelType type, OverdispersionMethod method, Overdispersion od, FunnelUnit u,
                                       double t, double expected) {
        double phi = Math.max(1, od.phi());
        if (type == FunnelType.PROPORTION) {
            return switch (method) {
                case NONE -> BinomialFunnel.exact(Math.round(u.denominator()), t);
                case MULTIPLICATIVE -> BinomialFunnel.normal(u.denominator(), t, phi);
                case ADDITIVE -> BinomialFunnel.arcsine(u.denominator(), t, od.tau2());
            };
        }
        double mu = type == FunnelType.RATIO ? u.denominator() : expected;
        if (type == FunnelType.RATE && !(t > 0)) {
            throw new IllegalArgumentException("the target rate must be > 0 for Poisson limits, got " + t);
        }
        FunnelLimits relative = switch (method) {
            case NONE -> PoissonFunnel.exact(mu, t);
            case MULTIPLICATIVE -> PoissonFunnel.normal(expected, t, phi);
            case ADDITIVE -> PoissonFunnel.additive(expected, t, od.tau2());
        };
        return new FunnelLimits(u.denominator(), relative.target(), relative.lower998(), relative.lower95(),
                relative.upper95(), relative.upper998());
    }

    private static List<FunnelUnit> checkProportions(List<FunnelUnit> units) {
        for (FunnelUnit u : units) {
            if (u.numerator() > u.denominator()) {
                throw new IllegalArgumentException("unit " + u.unit() + ": numerator " + u.numerator()
                        + " exceeds denominator " + u.denominator());
            }
            if (u.denominator() != Math.rint(u.denominator())) {
                throw new IllegalArgumentException("unit " + u.unit() + ": denominator " + u.denominator()
                        + " must be a whole number for exact binomial limits");
            }
        }
        return units;
    }
}

package org.derwent.synth.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Place;
import org.derwent.model.footprint.Provider;
import org.derwent.model.footprint.ProviderCatchment;
import org.derwent.model.footprint.ProviderKind;

/**
 * Which organisation provides care to a resident of a district. Acute trusts are drawn from the OHID catchment
 * table (weight = the trust's share of patients from the district; shares under 1% are ignored); when a district
 * has no catchment rows the configured ACUTE providers are used equally. Community, mental-health and
 * urgent-care providers are the configured ones of that kind; the social-care provider of a district is the
 * SOCIAL_CARE provider whose name contains the name of the district's Place (else the first one).
 */
public final class Providers {
    static final double MIN_SHARE = 0.01;
    private final Map<String, String[]> acuteCodes = new HashMap<>();
    private final Map<String, double[]> acuteCum = new HashMap<>();
    private final Map<String, String> socialCare = new HashMap<>();
    private final String community;
    private final String mentalHealth;
    private final String urgentCare;

    public Providers(Ics ics) {
        List<Provider> acute = ofKind(ics, ProviderKind.ACUTE);
        community = first(ics, ProviderKind.COMMUNITY);
        mentalHealth = first(ics, ProviderKind.MENTAL_HEALTH);
        urgentCare = first(ics, ProviderKind.URGENT_CARE);
        List<Provider> social = ofKind(ics, ProviderKind.SOCIAL_CARE);
        for (var d : ics.districts()) {
            List<String> codes = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (ProviderCatchment c : ics.catchment()) {
                if (c.districtCode().equals(d.code()) && c.shareOfTrustPatients() >= MIN_SHARE) {
                    codes.add(c.providerCode());
                    weights.add(c.shareOfTrustPatients());
                }
            }
            if (codes.isEmpty()) {
                acute.forEach(p -> {
                    codes.add(p.code());
                    weights.add(1.0);
                });
            }
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("ICS " + ics.id() + ": district " + d.code()
                        + " has no acute provider (no catchment rows and no ACUTE provider configured)");
            }
            double[] cum = new double[codes.size()];
            double acc = 0;
            for (int i = 0; i < cum.length; i++) {
                acc += weights.get(i);
                cum[i] = acc;
            }
            acuteCodes.put(d.code(), codes.toArray(String[]::new));
            acuteCum.put(d.code(), cum);
            Place place = ics.placeOfDistrict(d.code()).orElseThrow();
            String sc = social.stream().filter(p -> p.name().contains(place.name())).map(Provider::code).findFirst()
                    .orElse(social.isEmpty() ? null : social.get(0).code());
            socialCare.put(d.code(), sc);
        }
    }

    /** Every acute provider code any district may use (for the Organization resources). */
    public List<String> acuteCodes() {
        return acuteCodes.values().stream().flatMap(java.util.Arrays::stream).distinct().sorted().toList();
    }

    String acute(String district, SplittableRandom rng) {
        String[] codes = acuteCodes.get(district);
        double[] cum = acuteCum.get(district);
        double u = rng.nextDouble() * cum[cum.length - 1];
        for (int i = 0; i < cum.length; i++) {
            if (u < cum[i]) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }

    String community() {
        return community;
    }

    String mentalHealth() {
        return mentalHealth;
    }

    String urgentCare() {
        return urgentCare;
    }

    String socialCare(String district) {
        return socialCare.get(district);
    }

    private static List<Provider> ofKind(Ics ics, ProviderKind kind) {
        return ics.providers().stream().filter(p -> p.kind() == kind).toList();
    }

    private static String first(Ics ics, ProviderKind kind) {
        return ics.providers().stream().filter(p -> p.kind() == kind).map(Provider::code).findFirst().orElse(null);
    }
}

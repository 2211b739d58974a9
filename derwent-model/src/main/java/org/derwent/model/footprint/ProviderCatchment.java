package org.derwent.model.footprint;

/** Share of an acute trust's patients that come from a district (OHID catchment). */
public record ProviderCatchment(String providerCode, String districtCode, double shareOfTrustPatients) {
}

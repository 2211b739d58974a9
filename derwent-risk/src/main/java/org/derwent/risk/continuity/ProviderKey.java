package org.derwent.risk.continuity;

/**
 * What counts as "the same provider" for continuity. The store has no clinician identifier (docs/data-model.md
 * encounter columns), so the best available proxy is the clinician type at the providing practice
 * ({@code clinician_type || '@' || provider_code}): it cannot tell two GPs of one practice apart, so it
 * overstates continuity. A pseudonymised {@code clinician_id} column on {@code encounter} would make it exact.
 */
public final class ProviderKey {
    /** SQL expression of the provider key over an encounter row. */
    public static final String SQL = "coalesce(clinician_type, 'UNKNOWN') || '@' || coalesce(provider_code, source_org,"
            + " 'UNKNOWN')";
    /** Plain-English description for reasons and docs. */
    public static final String DESCRIPTION = "clinician type at the practice (proxy: the store has no clinician id)";

    private ProviderKey() {
    }
}

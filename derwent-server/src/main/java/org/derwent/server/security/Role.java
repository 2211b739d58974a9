package org.derwent.server.security;

import java.util.Arrays;

/**
 * The roles of docs/roles.md. A direct-care role sees identifiable case lists and unsuppressed counts for its
 * own patients; every other output it sees, and everything other roles see, passes disclosure control.
 */
public enum Role {
    ICB_ANALYST("icb_analyst", "ICB analyst", false, AreaKind.ICB),
    PLACE_LEAD("place_lead", "Place lead", false, AreaKind.PLACE),
    PCN_CLINICIAN("pcn_clinician", "PCN clinician", true, AreaKind.PCN),
    PRACTICE_USER("practice_user", "Practice user", true, AreaKind.PRACTICE),
    PUBLIC("public", "Public", false, AreaKind.ICB);

    /** The kind of area a role's scope is bound to. */
    public enum AreaKind { ICB, PLACE, PCN, PRACTICE }

    private final String id;
    private final String label;
    private final boolean directCare;
    private final AreaKind areaKind;

    Role(String id, String label, boolean directCare, AreaKind areaKind) {
        this.id = id;
        this.label = label;
        this.directCare = directCare;
        this.areaKind = areaKind;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean directCare() {
        return directCare;
    }

    public AreaKind areaKind() {
        return areaKind;
    }

    /** True for roles that may see patient-level case lists at all (pseudonymised or identifiable). */
    public boolean seesCaseLists() {
        return this != PUBLIC;
    }

    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + id + "' (expected one of "
                        + Arrays.stream(values()).map(Role::id).toList() + ")"));
    }
}

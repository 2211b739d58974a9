package org.derwent.model.extract;

import java.util.Optional;

/** The care setting of an encounter, as written in the {@code setting} column and the store. */
public enum Setting {
    GP("gp"), AE("ae"), ADMITTED("admitted"), OUTPATIENT("outpatient"), COMMUNITY("community"),
    MENTAL_HEALTH("mental_health"), SOCIAL_CARE("social_care");

    private final String id;

    Setting(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Setting> ofId(String id) {
        for (Setting s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package org.derwent.ingest.check;

import java.util.Locale;
import org.derwent.ingest.row.Rejection;
import org.derwent.model.code.EthnicCategory;

/** Sex and ethnicity as the store keeps them. */
public final class Demographics {
    private Demographics() {
    }

    /** {@code F}, {@code M} or {@code U} from FHIR gender or CSV sex; rejects anything else. */
    public static String sex(String field, String text) {
        if (text == null || text.isBlank()) {
            return "U";
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "f", "female" -> "F";
            case "m", "male" -> "M";
            case "u", "unknown", "other", "i", "indeterminate" -> "U";
            default -> throw new Rejection(field, text, "unknown sex (expected F, M, U or FHIR gender)");
        };
    }

    /** The NHS ethnic category code, or null when absent or not a known code (counted by the quality report). */
    public static EthnicCategory ethnicity(String code) {
        return EthnicCategory.ofCode(code == null ? null : code.trim()).orElse(null);
    }
}

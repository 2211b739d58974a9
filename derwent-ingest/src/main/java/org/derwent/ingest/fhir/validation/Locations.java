package org.derwent.ingest.fhir.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON value a validator's FHIRPath location points at, for the quarantine's value column: {@code
 * Patient.gender}, {@code Patient.identifier[0].value}, {@code Observation.effective.ofType(dateTime)} (a choice
 * element, JSON {@code effectiveDateTime}). Empty when the location names an object, an array or nothing.
 */
final class Locations {
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");
    private static final Pattern OF_TYPE = Pattern.compile("ofType\\(([A-Za-z]+)\\)");

    private Locations() {
    }

    static String value(JsonNode resource, String location) {
        String[] steps = location.split("\\.");
        JsonNode node = resource;
        String pending = null;
        for (int i = 1; i < steps.length && node != null; i++) {
            Matcher type = OF_TYPE.matcher(steps[i]);
            if (type.matches() && pending != null) {
                String t = type.group(1);
                node = node.get(pending + Character.toUpperCase(t.charAt(0)) + t.substring(1));
                pending = null;
                continue;
            }
            if (pending != null) {
                node = node.get(pending);
            }
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches() || node == null) {
                return "";
            }
            if (m.group(2) != null) {
                node = node.path(m.group(1)).get(Integer.parseInt(m.group(2)));
                pending = null;
            } else {
                pending = m.group(1);
            }
        }
        if (pending != null && node != null) {
            node = node.get(pending);
        }
        if (node == null || !node.isValueNode()) {
            return "";
        }
        String v = node.asText();
        return v.length() <= 200 ? v : v.substring(0, 200) + "...";
    }
}

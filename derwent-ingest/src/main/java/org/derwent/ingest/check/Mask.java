package org.derwent.ingest.check;

/** Masks identifiers before they are written to quarantine or messages. */
public final class Mask {
    private Mask() {
    }

    /** An NHS number (valid or not) with all but its last two characters hidden. */
    public static String nhsNumber(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() <= 2) {
            return "*".repeat(t.length());
        }
        return "*".repeat(t.length() - 2) + t.substring(t.length() - 2);
    }
}

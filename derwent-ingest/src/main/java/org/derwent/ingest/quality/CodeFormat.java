package org.derwent.ingest.quality;

import java.util.regex.Pattern;

/**
 * Whether a code is well formed for its system: SNOMED CT and dm+d identifiers are 6-18 digits with a valid
 * Verhoeff check digit; ICD-10 is a letter, two digits and an optional sub-code; OPCS-4 a letter, two digits and
 * an optional one- or two-digit extension; LOINC is up to 7 digits, a hyphen and a Mod 10 (Luhn) check digit;
 * RxNorm a concept id of up to 10 digits.
 */
public final class CodeFormat {
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?[XD+*A]?");
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
    private static final Pattern RXNORM = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern OPCS4 = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9]{1,2})?");
    private static final int[][] D = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    private CodeFormat() {
    }

    /** True when {@code code} is well formed for the store's code system id. */
    public static boolean valid(String system, String code) {
        if (code == null) {
            return false;
        }
        return switch (system) {
            case "snomed", "dmd" -> sctid(code);
            case "icd10" -> ICD10.matcher(code).matches();
            case "opcs4" -> OPCS4.matcher(code).matches();
            case "loinc" -> LOINC.matcher(code).matches() && loincCheck(code);
            case "rxnorm" -> RXNORM.matcher(code).matches();
            default -> false;
        };
    }

    /** LOINC's Mod 10 check: from the right, every other digit of the body doubled (digits summed), total + check = 0 mod 10. */
    static boolean loincCheck(String code) {
        int dash = code.indexOf('-');
        int sum = code.charAt(dash + 1) - '0';
        for (int i = dash - 1, k = 0; i >= 0; i--, k++) {
            int d = code.charAt(i) - '0';
            int v = k % 2 == 0 ? 2 * d : d;
            sum += v / 10 + v % 10;
        }
        return sum % 10 == 0;
    }

    /** A SNOMED CT identifier: 6-18 digits, no leading zero, valid Verhoeff check digit. */
    static boolean sctid(String code) {
        if (code.length() < 6 || code.length() > 18 || code.charAt(0) == '0') {
            return false;
        }
        int c = 0;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(code.length() - 1 - i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            c = D[c][P[i % 8][ch - '0']];
        }
        return c == 0;
    }
}

package org.derwent.model.code;

/**
 * NHS number rules: ten digits whose tenth is the Modulus 11 check digit of the first nine
 * (weights 10..2; check = 11 - sum mod 11; 11 becomes 0; 10 is never issued).
 * Synthetic data uses only the range 999 000 0000 - 999 999 9999, which is never issued to people.
 */
public final class NhsNumber {
    /** First number of the range reserved for test data. */
    public static final long SYNTHETIC_FIRST = 9_990_000_000L;
    /** Last number of the range reserved for test data. */
    public static final long SYNTHETIC_LAST = 9_999_999_999L;

    private NhsNumber() {
    }

    /** True when {@code text} is ten digits (spaces allowed between groups) with a valid check digit. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "");
        if (digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        int check = checkDigit(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /** The check digit of nine leading digits, or -1 when none exists (remainder gives 10). */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /**
     * The {@code n}-th valid number of the synthetic range (n from 0), skipping stems with no check digit.
     * Deterministic: the same n always gives the same number. Throws when the range is exhausted.
     */
    public static String synthetic(long n) {
        // About 1 in 11 stems has no valid check digit; walk stems from the start of the range.
        long stem = SYNTHETIC_FIRST / 10 + n + n / 10;
        while (true) {
            if (stem > SYNTHETIC_LAST / 10) {
                throw new IllegalArgumentException("synthetic NHS number range exhausted at index " + n);
            }
            String nine = Long.toString(stem);
            int check = checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
            stem++;
        }
    }
}

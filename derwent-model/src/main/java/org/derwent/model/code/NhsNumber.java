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

    /** Distinct synthetic numbers per three-digit prefix (nine valid stems of every decade of stems). */
    public static final long SYNTHETIC_PER_PREFIX = 900_000;

    /**
     * The {@code index}-th synthetic NHS number (index from 0); deterministic and distinct for distinct indexes.
     * Numbers come from the test range 999 000 0000 - 999 999 9999 first: in each decade of nine-digit stems at most
     * one stem has no check digit, so the first nine valid stems of each decade give 900,000 numbers. That range
     * cannot hold a full ICS (Derby and Derbyshire has 1.12 million registered patients), so index 900,000 onwards
     * continues in 998 000 0000 - 998 999 9999, then 997..., numbers that are not issued to people in England.
     */
    public static String synthetic(long index) {
        if (index < 0 || index >= SYNTHETIC_PER_PREFIX * 100) {
            throw new IllegalArgumentException("synthetic NHS number index out of range: " + index);
        }
        long prefix = 999 - index / SYNTHETIC_PER_PREFIX;
        long k = index % SYNTHETIC_PER_PREFIX;
        long decade = prefix * 100_000 + k / 9;
        int wanted = (int) (k % 9);
        for (int d = 0, valid = 0; d < 10; d++) {
            String nine = Long.toString(decade * 10 + d);
            int check = checkDigit(nine);
            if (check >= 0 && valid++ == wanted) {
                return nine + check;
            }
        }
        throw new IllegalStateException("no valid NHS number in decade " + decade);
    }
}

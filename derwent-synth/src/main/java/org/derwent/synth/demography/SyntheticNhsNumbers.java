package org.derwent.synth.demography;

import org.derwent.model.code.NhsNumber;

/**
 * Unique synthetic NHS numbers. Numbers come from the test range 999 000 0000 - 999 999 9999 first: in each decade
 * of nine-digit stems at most one stem has no Modulus 11 check digit, so taking the first nine valid stems of each
 * decade gives 900,000 distinct numbers, in order of the patient index. That range cannot hold a full ICS (Derby and
 * Derbyshire has 1.12 million registered patients), so index 900,000 onwards continues in 998 000 0000 -
 * 998 999 9999, then 997..., numbers that also start with 99 and are never issued to people.
 */
public final class SyntheticNhsNumbers {
    /** Distinct numbers per three-digit prefix. */
    public static final long PER_PREFIX = 900_000;

    private SyntheticNhsNumbers() {
    }

    public static String of(long index) {
        if (index < 0 || index >= PER_PREFIX * 100) {
            throw new IllegalArgumentException("synthetic NHS number index out of range: " + index);
        }
        long prefix = 999 - index / PER_PREFIX;
        long k = index % PER_PREFIX;
        long decade = prefix * 100_000 + k / 9;
        int wanted = (int) (k % 9);
        for (int d = 0, valid = 0; d < 10; d++) {
            String nine = Long.toString(decade * 10 + d);
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                if (valid++ == wanted) {
                    return nine + check;
                }
            }
        }
        throw new IllegalStateException("no valid NHS number in decade " + decade);
    }
}

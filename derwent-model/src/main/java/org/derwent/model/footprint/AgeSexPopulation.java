package org.derwent.model.footprint;

import java.util.Arrays;

/**
 * Population counts in the 19 five-year bands {@code 0-4 .. 85-89, 90+} for females and males.
 */
public final class AgeSexPopulation {
    /** Band labels in order, as written in the configuration CSV. */
    public static final String[] BANDS = {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39",
        "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"};

    private final int[] female;
    private final int[] male;

    public AgeSexPopulation(int[] female, int[] male) {
        if (female.length != BANDS.length || male.length != BANDS.length) {
            throw new IllegalArgumentException("expected " + BANDS.length + " age bands");
        }
        this.female = female.clone();
        this.male = male.clone();
    }

    /** Index of a band label, or -1 when the label is not one of {@link #BANDS}. */
    public static int bandIndex(String label) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Band index holding an age in whole years. */
    public static int bandOfAge(int age) {
        return Math.min(age / 5, BANDS.length - 1);
    }

    public int female(int band) {
        return female[band];
    }

    public int male(int band) {
        return male[band];
    }

    public int total() {
        return Arrays.stream(female).sum() + Arrays.stream(male).sum();
    }
}

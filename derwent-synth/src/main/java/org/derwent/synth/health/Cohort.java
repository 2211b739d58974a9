package org.derwent.synth.health;

/**
 * The patients of one practice as parallel arrays: who they are before any record is written. Patients are
 * numbered by a global index ({@code firstIndex + i}) from which every random stream is derived.
 */
public final class Cohort {
    public final long firstIndex;
    public final int size;
    public final boolean[] female;
    public final short[] age;
    /** Index into the practice's district LSOA list. */
    public final int[] lsoa;
    public final double[] imd;
    /** Shared latent ill-health factor, standard normal for the living. */
    public final double[] latent;
    public final byte[] ethnic;
    /** Registers as a bit mask of {@link Register#bit()}. */
    public final int[] registers;
    /** Day of death (epoch day) or -1 when alive at the extract date. */
    public final int[] deathDay;

    public Cohort(long firstIndex, int size) {
        this.firstIndex = firstIndex;
        this.size = size;
        female = new boolean[size];
        age = new short[size];
        lsoa = new int[size];
        imd = new double[size];
        latent = new double[size];
        ethnic = new byte[size];
        registers = new int[size];
        deathDay = new int[size];
        java.util.Arrays.fill(deathDay, -1);
    }

    public long index(int i) {
        return firstIndex + i;
    }
}

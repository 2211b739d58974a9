package org.derwent.synth;

/**
 * Deterministic seed mixing (SplitMix64 finaliser). Every random stream is derived from the run seed, a stream
 * number and an index, so output never depends on thread scheduling.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long mix(long seed, long stream, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1) + 0xBF58476D1CE4E5B9L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number in (0, 1) from a hash of the three inputs. */
    public static double uniform(long seed, long stream, long index) {
        return ((mix(seed, stream, index) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** A standard logistic variate from a hash of the three inputs. */
    public static double logistic(long seed, long stream, long index) {
        double u = uniform(seed, stream, index);
        return Math.log(u / (1 - u));
    }
}

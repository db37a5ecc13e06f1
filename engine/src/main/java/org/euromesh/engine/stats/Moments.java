package org.euromesh.engine.stats;

/**
 * Count, mean, sum of squared deviations (M2), min and max of a set of values, built by Chan,
 * Golub &amp; LeVeque's pairwise formula from sets given by their own moments (the accumulators
 * fold exact shifted sums of a few thousand values at a time into it).
 *
 * <p>Floating-point merging is order-dependent: the sampler keeps one {@code Moments} per block
 * and merges blocks in block order, so the bits do not depend on the thread count.
 * Mutable; not thread-safe.
 */
public final class Moments {

    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * Chan et al. with a set given by its count, mean, M2, min and max (n ≥ 1): this becomes the
     * moments of this set followed by that one. Same arithmetic as {@link #merge}.
     */
    public void merge(long on, double omean, double om2, double omin, double omax) {
        if (on == 0) {
            return;
        }
        if (n == 0) {
            n = on;
            mean = omean;
            m2 = om2;
            min = omin;
            max = omax;
            return;
        }
        long nn = n + on;
        double d = omean - mean;
        double w = (double) on / nn;
        mean += d * w;
        m2 += om2 + d * d * ((double) n * w);
        n = nn;
        min = Math.min(min, omin);
        max = Math.max(max, omax);
    }

    public void reset() {
        n = 0;
        mean = 0.0;
        m2 = 0.0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    public long n() {
        return n;
    }

    /** NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n − 1 denominator); NaN below two values. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    public double m2() {
        return m2;
    }

    /** NaN when empty. */
    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    /** NaN when empty. */
    public double max() {
        return n == 0 ? Double.NaN : max;
    }
}

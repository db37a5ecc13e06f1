package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Triangular on [min, max] with the given mode. The mode may sit at either bound; min = mode = max
 * behaves as {@link Fixed}. Sampled by inversion of the closed-form quantile.
 */
public final class Triangular implements Distribution {
    private final double min;
    private final double mode;
    private final double max;
    private final FastQuantile q;

    private Triangular(double min, double mode, double max) {
        this.min = min;
        this.mode = mode;
        this.max = max;
        this.q = min == max ? FastQuantile.constant(min) : FastQuantile.triangular(min, mode, max);
    }

    /** @throws IllegalArgumentException unless min &lt;= mode &lt;= max, all finite */
    public static Triangular of(double min, double mode, double max) {
        Checks.ordered("tri", min, mode, max);
        return new Triangular(min, mode, max);
    }

    public double min() {
        return min;
    }

    public double mode() {
        return mode;
    }

    public double max() {
        return max;
    }

    @Override
    public double cdf(double x) {
        if (x < min) {
            return 0;
        }
        if (x >= max) {
            return 1;
        }
        double w = max - min;
        if (x < mode) {
            return (x - min) * (x - min) / (w * (mode - min));
        }
        return 1 - (max - x) * (max - x) / (w * (max - mode));
    }

    @Override
    public double quantile(double p) {
        return q.apply(Checks.probability(p));
    }

    @Override
    public double mean() {
        return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
        return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    @Override
    public double lowerBound() {
        return min;
    }

    @Override
    public double upperBound() {
        return max;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        final FastQuantile fq = q;
        return Samplers.inversion(rng, fq::apply);
    }

    @Override
    public FastQuantile fastQuantile() {
        return q;
    }

    @Override
    public String spec() {
        return Specs.call("tri", min, mode, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Triangular t && Double.compare(t.min, min) == 0 && Double.compare(t.mode, mode) == 0
                && Double.compare(t.max, max) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(min) + Double.hashCode(mode)) * 31 + Double.hashCode(max);
    }

    @Override
    public String toString() {
        return spec();
    }
}

package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/** A known value: all mass at {@code v}. */
public final class Fixed implements Distribution {
    private final double value;

    private Fixed(double value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException if v is NaN or infinite */
    public static Fixed of(double v) {
        return new Fixed(Checks.finite("fixed value", v));
    }

    public double value() {
        return value;
    }

    @Override
    public double cdf(double x) {
        return x < value ? 0 : 1;
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public double lowerBound() {
        return value;
    }

    @Override
    public double upperBound() {
        return value;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return Samplers.constant(value);
    }

    @Override
    public FastQuantile fastQuantile() {
        return FastQuantile.constant(value);
    }

    @Override
    public String spec() {
        return Specs.call("fixed", value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fixed f && Double.compare(f.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return spec();
    }
}

package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;

/** Uniform on [min, max]; min = max is allowed and behaves as {@link Fixed}. */
public final class Uniform implements Distribution {
    private final double min;
    private final double max;

    private Uniform(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** @throws IllegalArgumentException if a bound is not finite or min &gt; max */
    public static Uniform of(double min, double max) {
        Checks.finite("uniform min", min);
        Checks.finite("uniform max", max);
        if (!(min <= max)) {
            throw new IllegalArgumentException("uniform requires min <= max, got min=" + Specs.num(min)
                    + ", max=" + Specs.num(max));
        }
        return new Uniform(min, max);
    }

    public double min() {
        return min;
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
        return (x - min) / (max - min);
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        return p == 1 ? max : min + p * (max - min);
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    @Override
    public double variance() {
        double w = max - min;
        return w * w / 12;
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
        if (min == max) {
            return Samplers.constant(min);
        }
        return Samplers.affine(ContinuousUniformSampler.of(rng, 0, 1), min, max - min);
    }

    @Override
    public FastQuantile fastQuantile() {
        return FastQuantile.uniform(min, max);
    }

    @Override
    public String spec() {
        return Specs.call("uniform", min, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uniform u && Double.compare(u.min, min) == 0 && Double.compare(u.max, max) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(min) + Double.hashCode(max);
    }

    @Override
    public String toString() {
        return spec();
    }
}

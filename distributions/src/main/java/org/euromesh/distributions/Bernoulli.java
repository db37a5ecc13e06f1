package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/** 1 with probability p, else 0 (an event happens or not). */
public final class Bernoulli implements Distribution {
    private final double p;
    private final DiscreteSupport s;

    private Bernoulli(double p) {
        this.p = p;
        this.s = new DiscreteSupport(new double[] {0, 1}, new double[] {1 - p, p});
    }

    /** @throws IllegalArgumentException unless 0 &lt;= p &lt;= 1 */
    public static Bernoulli of(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("bernoulli p must be in [0, 1], got " + p);
        }
        return new Bernoulli(p);
    }

    public double p() {
        return p;
    }

    @Override
    public double cdf(double x) {
        return s.cdf(x);
    }

    @Override
    public double quantile(double q) {
        return s.quantile(q);
    }

    @Override
    public double mean() {
        return p;
    }

    @Override
    public double variance() {
        return p * (1 - p);
    }

    @Override
    public double lowerBound() {
        return s.values[0];
    }

    @Override
    public double upperBound() {
        return s.values[s.values.length - 1];
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return s.sampler(rng);
    }

    @Override
    public FastQuantile fastQuantile() {
        return s.fastQuantile();
    }

    @Override
    public String spec() {
        return Specs.call("bernoulli", p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bernoulli b && Double.compare(b.p, p) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p) + 7;
    }

    @Override
    public String toString() {
        return spec();
    }
}

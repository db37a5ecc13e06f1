package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * What the finite discrete families (Bernoulli, categorical, empirical) share: their maths,
 * sampler and fast quantile all come from one {@link DiscreteSupport}; a family adds its
 * parameters, its spec and its equality.
 */
abstract class DiscreteDistribution implements Distribution {

    /** Sorted distinct values with their cumulative probabilities. */
    final DiscreteSupport support;

    DiscreteDistribution(DiscreteSupport support) {
        this.support = support;
    }

    @Override
    public double cdf(double x) {
        return support.cdf(x);
    }

    @Override
    public double quantile(double p) {
        return support.quantile(p);
    }

    @Override
    public double mean() {
        return support.mean();
    }

    @Override
    public double variance() {
        return support.variance();
    }

    @Override
    public double lowerBound() {
        return support.values[0];
    }

    @Override
    public double upperBound() {
        return support.values[support.values.length - 1];
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return support.sampler(rng);
    }

    @Override
    public FastQuantile fastQuantile() {
        return support.fastQuantile();
    }

    @Override
    public String toString() {
        return spec();
    }
}

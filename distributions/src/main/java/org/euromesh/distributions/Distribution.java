package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A univariate probability distribution: the maths (cdf, quantile, moments) kept apart from
 * sampling, as in Hipparchus. Implementations are immutable value objects created through
 * validating {@code of(...)} factories.
 *
 * <p>Discrete families (fixed, Bernoulli, categorical, empirical) implement the same contract;
 * their quantile is the generalised inverse {@code inf{x : cdf(x) >= p}}.
 */
public interface Distribution {

    /** P(X &lt;= x). */
    double cdf(double x);

    /**
     * Inverse cdf: the smallest x with {@code cdf(x) >= p}.
     *
     * @param p probability in [0, 1]
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    double quantile(double p);

    double mean();

    double variance();

    /** Smallest value of the support (may be negative infinity). */
    double lowerBound();

    /** Largest value of the support (may be positive infinity). */
    double upperBound();

    /**
     * A sampler drawing from this distribution with the given source of randomness; its only
     * state is the generator (see {@link DistributionSampler#withUniformRandomProvider}).
     */
    DistributionSampler createSampler(UniformRandomProvider rng);

    /**
     * A quantile function fast enough for the Monte Carlo hot loop (no allocation, no iterative
     * root finding), accurate to the bound documented on {@link FastQuantile}.
     */
    FastQuantile fastQuantile();

    /** The canonical spec text, e.g. {@code pert(2, 8.4, 10)}; {@link SpecParser} reads it back. */
    String spec();

    /** The implied P5, P50, P95 and mean, as printed next to every fitted input. */
    default ImpliedSummary implied() {
        return new ImpliedSummary(quantile(0.05), quantile(0.50), quantile(0.95), mean());
    }
}

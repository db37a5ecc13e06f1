package org.euromesh.distributions;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;

/**
 * The empirical distribution of observed data: step cdf F(x) = #{x_i ≤ x}/n, quantile the
 * generalised inverse (the ⌈np⌉-th order statistic), sampling = resampling one observation.
 */
public final class Empirical extends DiscreteDistribution {
    private final double[] sorted;

    private Empirical(double[] sorted) {
        super(new DiscreteSupport(sorted, equalWeights(sorted.length)));
        this.sorted = sorted;
    }

    private static double[] equalWeights(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    /** @throws IllegalArgumentException if data is empty or holds a NaN or infinite value */
    public static Empirical of(double[] data) {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("empirical needs at least one observation");
        }
        for (int i = 0; i < data.length; i++) {
            Checks.finite("empirical observation [" + i + "]", data[i]);
        }
        double[] d = data.clone();
        Arrays.sort(d);
        return new Empirical(d);
    }

    /** The observations, sorted. */
    public double[] data() {
        return sorted.clone();
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        if (sorted.length == 1) {
            return Samplers.constant(sorted[0]);
        }
        return Samplers.indexed(DiscreteUniformSampler.of(rng, 0, sorted.length - 1), sorted);
    }

    @Override
    public String spec() {
        return "empirical(" + Specs.list(sorted) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Empirical e && Arrays.equals(e.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

}

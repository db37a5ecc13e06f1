package org.euromesh.engine;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.DistributionSampler;
import org.euromesh.distributions.FastQuantile;
import org.euromesh.distributions.NormalMath;

/**
 * Test-only distributions with closed forms, so the sampler's tests do not depend on the
 * distribution families being written alongside. Fast quantiles: exact for the uniform, the
 * distributions module's 4096-cell table (|F(Q~(p)) - p| of order 1e-9) for the others.
 */
final class TestDistribution implements Distribution {

    private final String spec;
    private final DoubleUnaryOperator cdf;
    private final DoubleUnaryOperator quantile;
    private final double mean;
    private final double variance;
    private final double lower;
    private final double upper;
    private final FastQuantile fast;

    private TestDistribution(String spec, DoubleUnaryOperator cdf, DoubleUnaryOperator quantile, double mean,
                             double variance, double lower, double upper, boolean uniform) {
        this.spec = spec;
        this.cdf = cdf;
        this.quantile = quantile;
        this.mean = mean;
        this.variance = variance;
        this.lower = lower;
        this.upper = upper;
        this.fast = uniform ? FastQuantile.uniform(lower, upper) : FastQuantile.table(this);
    }

    static TestDistribution uniform(double lo, double hi) {
        return new TestDistribution("uniform(" + lo + ", " + hi + ")", x -> x <= lo ? 0 : x >= hi ? 1 : (x - lo) / (hi - lo),
                p -> lo + p * (hi - lo), 0.5 * (lo + hi), (hi - lo) * (hi - lo) / 12, lo, hi, true);
    }

    /** Exponential with the given rate: quantile −ln(1 − p)/λ. */
    static TestDistribution exponential(double rate) {
        return new TestDistribution("exponential(" + rate + ")", x -> x <= 0 ? 0 : -Math.expm1(-rate * x),
                p -> p >= 1 ? Double.POSITIVE_INFINITY : -Math.log1p(-p) / rate, 1 / rate, 1 / (rate * rate), 0,
                Double.POSITIVE_INFINITY, false);
    }

    static TestDistribution normal(double mu, double sigma) {
        return new TestDistribution("normal(" + mu + ", " + sigma + ")", x -> NormalMath.phi((x - mu) / sigma),
                p -> mu + sigma * NormalMath.inversePhi(p), mu, sigma * sigma, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false);
    }

    @Override
    public double cdf(double x) {
        return cdf.applyAsDouble(x);
    }

    @Override
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p = " + p);
        }
        return quantile.applyAsDouble(p);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return variance;
    }

    @Override
    public double lowerBound() {
        return lower;
    }

    @Override
    public double upperBound() {
        return upper;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return new DistributionSampler() {
            @Override
            public double sample() {
                return quantile(rng.nextDouble());
            }

            @Override
            public DistributionSampler withUniformRandomProvider(UniformRandomProvider r) {
                return createSampler(r);
            }
        };
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast;
    }

    @Override
    public String spec() {
        return spec;
    }
}

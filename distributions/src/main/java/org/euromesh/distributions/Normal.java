package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Normal(μ, σ). Sampled with the McFarland ziggurat (commons-rng). */
public final class Normal implements Distribution {
    private final double mu;
    private final double sigma;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private Normal(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    /** @throws IllegalArgumentException unless μ is finite and σ &gt; 0 finite */
    public static Normal of(double mu, double sigma) {
        Checks.finite("normal mu", mu);
        Checks.positive("normal sigma", sigma);
        return new Normal(mu, sigma);
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public double cdf(double x) {
        return NormalMath.phi((x - mu) / sigma);
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        return mu + sigma * NormalMath.inversePhi(p);
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return sigma * sigma;
    }

    @Override
    public double lowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return Samplers.affine(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma);
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast.get(() -> FastQuantile.table(this));
    }

    @Override
    public String spec() {
        return Specs.call("normal", mu, sigma);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normal n && Double.compare(n.mu, mu) == 0 && Double.compare(n.sigma, sigma) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(mu) + Double.hashCode(sigma);
    }

    @Override
    public String toString() {
        return spec();
    }
}

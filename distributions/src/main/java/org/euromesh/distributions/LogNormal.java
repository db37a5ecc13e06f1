package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Lognormal: ln X ~ Normal(μ, σ), parameters in log space. */
public final class LogNormal implements Distribution {
    private final double mu;
    private final double sigma;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private LogNormal(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    /** @throws IllegalArgumentException unless μ is finite and σ &gt; 0 finite */
    public static LogNormal of(double mu, double sigma) {
        Checks.finite("lognormal mu", mu);
        Checks.positive("lognormal sigma", sigma);
        return new LogNormal(mu, sigma);
    }

    /** Log-space mean μ. */
    public double mu() {
        return mu;
    }

    /** Log-space standard deviation σ. */
    public double sigma() {
        return sigma;
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : NormalMath.phi((Math.log(x) - mu) / sigma);
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        return Math.exp(mu + sigma * NormalMath.inversePhi(p));
    }

    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return Samplers.affine(LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma), 0, 1);
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast.get(() -> FastQuantile.table(this));
    }

    @Override
    public String spec() {
        return Specs.call("lognormal", mu, sigma);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogNormal n && Double.compare(n.mu, mu) == 0 && Double.compare(n.sigma, sigma) == 0;
    }

    @Override
    public int hashCode() {
        return 37 * Double.hashCode(mu) + Double.hashCode(sigma);
    }

    @Override
    public String toString() {
        return spec();
    }
}

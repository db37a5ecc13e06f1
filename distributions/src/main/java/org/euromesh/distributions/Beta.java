package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/** Beta(α, β) on [0, 1], or stretched onto [min, max]. Sampled with Cheng's algorithms (commons-rng). */
public final class Beta implements Distribution {
    private final ScaledBeta b;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private Beta(ScaledBeta b) {
        this.b = b;
    }

    /** Beta(α, β) on [0, 1]. */
    public static Beta of(double alpha, double beta) {
        return of(alpha, beta, 0, 1);
    }

    /**
     * Beta(α, β) stretched onto [min, max].
     *
     * @throws IllegalArgumentException unless 0 &lt; α, β &lt;= 1e4 and min &lt; max, all finite
     */
    public static Beta of(double alpha, double beta, double min, double max) {
        Checks.shape("beta alpha", alpha);
        Checks.shape("beta beta", beta);
        Checks.finite("beta min", min);
        Checks.finite("beta max", max);
        if (!(min < max)) {
            throw new IllegalArgumentException("beta requires min < max, got min=" + Specs.num(min) + ", max="
                    + Specs.num(max));
        }
        return new Beta(new ScaledBeta(alpha, beta, min, max));
    }

    public double alpha() {
        return b.alpha;
    }

    public double beta() {
        return b.beta;
    }

    @Override
    public double cdf(double x) {
        return b.cdf(x);
    }

    @Override
    public double quantile(double p) {
        return b.quantile(p);
    }

    @Override
    public double mean() {
        return b.mean();
    }

    @Override
    public double variance() {
        return b.variance();
    }

    @Override
    public double lowerBound() {
        return b.lo;
    }

    @Override
    public double upperBound() {
        return b.hi;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return b.sampler(rng);
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast.get(() -> FastQuantile.table(this, b));
    }

    @Override
    public String spec() {
        if (b.lo == 0 && b.hi == 1) {
            return Specs.call("beta", b.alpha, b.beta);
        }
        return Specs.call("beta", b.alpha, b.beta, b.lo, b.hi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Beta x && Double.compare(x.b.alpha, b.alpha) == 0 && Double.compare(x.b.beta, b.beta) == 0
                && Double.compare(x.b.lo, b.lo) == 0 && Double.compare(x.b.hi, b.hi) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(new double[] {b.alpha, b.beta, b.lo, b.hi});
    }

    @Override
    public String toString() {
        return spec();
    }
}

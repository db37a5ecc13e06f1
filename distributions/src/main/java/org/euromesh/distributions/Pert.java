package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Beta-PERT on [min, max] with the given mode and shape λ (4 unless stated): a beta with
 * α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min), so the mean is
 * (min + λ·mode + max)/(λ + 2). The mode may sit at a bound (then α or β is 1);
 * min = mode = max behaves as {@link Fixed}.
 */
public final class Pert implements Distribution {
    /** The classic PERT shape (docs/MODEL.md §0). */
    public static final double DEFAULT_LAMBDA = 4;

    private final double min;
    private final double mode;
    private final double max;
    private final double lambda;
    /** null when degenerate (min = max). */
    private final ScaledBeta b;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private Pert(double min, double mode, double max, double lambda) {
        this.min = min;
        this.mode = mode;
        this.max = max;
        this.lambda = lambda;
        if (min == max) {
            b = null;
        } else {
            double w = max - min;
            b = new ScaledBeta(1 + lambda * (mode - min) / w, 1 + lambda * (max - mode) / w, min, max);
        }
    }

    /** PERT(min, mode, max) with λ = 4. */
    public static Pert of(double min, double mode, double max) {
        return of(min, mode, max, DEFAULT_LAMBDA);
    }

    /** @throws IllegalArgumentException unless min &lt;= mode &lt;= max (finite) and 0 &lt; λ &lt;= 1e4 */
    public static Pert of(double min, double mode, double max, double lambda) {
        Checks.ordered("pert", min, mode, max);
        Checks.shape("pert lambda", lambda);
        return new Pert(min, mode, max, lambda);
    }

    public double min() {
        return min;
    }

    public double mode() {
        return mode;
    }

    public double max() {
        return max;
    }

    public double lambda() {
        return lambda;
    }

    /** Beta shape α (1 when degenerate). */
    public double alpha() {
        return b == null ? 1 : b.alpha;
    }

    /** Beta shape β (1 when degenerate). */
    public double beta() {
        return b == null ? 1 : b.beta;
    }

    @Override
    public double cdf(double x) {
        if (b == null) {
            return x < min ? 0 : 1;
        }
        return b.cdf(x);
    }

    @Override
    public double quantile(double p) {
        if (b == null) {
            Checks.probability(p);
            return min;
        }
        return b.quantile(p);
    }

    @Override
    public double mean() {
        return b == null ? min : (min + lambda * mode + max) / (lambda + 2);
    }

    @Override
    public double variance() {
        return b == null ? 0 : b.variance();
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
        return b == null ? Samplers.constant(min) : b.sampler(rng);
    }

    @Override
    public FastQuantile fastQuantile() {
        if (b == null) {
            return FastQuantile.constant(min);
        }
        return fast.get(() -> FastQuantile.table(this, b));
    }

    @Override
    public String spec() {
        String s = Specs.call("pert", min, mode, max);
        return lambda == DEFAULT_LAMBDA ? s : s.substring(0, s.length() - 1) + ", lambda=" + Specs.num(lambda) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pert t && Double.compare(t.min, min) == 0 && Double.compare(t.mode, mode) == 0
                && Double.compare(t.max, max) == 0 && Double.compare(t.lambda, lambda) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(new double[] {min, mode, max, lambda});
    }

    @Override
    public String toString() {
        return spec();
    }
}

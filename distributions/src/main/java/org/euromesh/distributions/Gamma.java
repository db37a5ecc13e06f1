package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/** Gamma(shape k, scale θ): mean kθ. Sampled by Ahrens–Dieter (k &lt; 1) / Marsaglia–Tsang (k ≥ 1). */
public final class Gamma implements Distribution {
    private static final double EPS = 1e-15;

    private final double shape;
    private final double scale;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private Gamma(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    /** @throws IllegalArgumentException unless 0 &lt; shape &lt;= 1e4 and scale is finite and &gt; 0 */
    public static Gamma of(double shape, double scale) {
        Checks.shape("gamma shape", shape);
        Checks.positive("gamma scale", scale);
        return new Gamma(shape, scale);
    }

    public double shape() {
        return shape;
    }

    public double scale() {
        return scale;
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        double u = x / scale;
        if (u > 1e6 * (shape + 1)) {
            // Q(k, u) underflows long before here; the continued fraction would diverge at u = inf.
            return 1;
        }
        return org.hipparchus.special.Gamma.regularizedGammaP(shape, u, EPS, Integer.MAX_VALUE);
    }

    private double upperTail(double u) {
        return org.hipparchus.special.Gamma.regularizedGammaQ(shape, u, EPS, Integer.MAX_VALUE);
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double guess = shape + 4 * Math.sqrt(shape) + 1;
        double u;
        if (p <= 0.5) {
            u = Roots.invertUpper(x -> org.hipparchus.special.Gamma.regularizedGammaP(shape, x, EPS,
                    Integer.MAX_VALUE), p, 0, guess);
        } else {
            // Upper tail: solve Q(k, u) = 1 - p, decreasing in u, as an increasing function -Q.
            double q = 1 - p;
            u = Roots.invertUpper(x -> x <= 0 ? -1 : -upperTail(x), -q, 0, guess);
        }
        return u * scale;
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
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
        return Samplers.affine(AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale), 0, 1);
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast.get(() -> FastQuantile.table(this));
    }

    @Override
    public String spec() {
        return Specs.call("gamma", shape, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gamma g && Double.compare(g.shape, shape) == 0 && Double.compare(g.scale, scale) == 0;
    }

    @Override
    public int hashCode() {
        return 41 * Double.hashCode(shape) + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return spec();
    }
}

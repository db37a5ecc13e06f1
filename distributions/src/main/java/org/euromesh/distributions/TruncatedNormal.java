package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Normal(μ, σ) restricted to [lo, hi] (either bound may be infinite). Sampled by inversion, which
 * is exact and costs one Φ⁻¹, however far into a tail the window lies.
 *
 * <p>To keep precision when the window lies in the upper tail, the maths is done on the mirror
 * image (−X, a window in the lower tail), where Φ keeps full relative precision.
 */
public final class TruncatedNormal implements Distribution {
    private final double mu;
    private final double sigma;
    private final double lo;
    private final double hi;
    /** Standardised window of the (possibly mirrored) variable: [za, zb], mostly below 0. */
    private final double za;
    private final double zb;
    private final boolean mirrored;
    private final double phiA;
    private final double mass;
    private final LazyQuantileTable fast = new LazyQuantileTable();

    private TruncatedNormal(double mu, double sigma, double lo, double hi) {
        this.mu = mu;
        this.sigma = sigma;
        this.lo = lo;
        this.hi = hi;
        double a = (lo - mu) / sigma;
        double b = (hi - mu) / sigma;
        mirrored = a + b > 0;
        za = mirrored ? -b : a;
        zb = mirrored ? -a : b;
        phiA = NormalMath.phi(za);
        mass = NormalMath.phi(zb) - phiA;
    }

    /**
     * @throws IllegalArgumentException unless μ finite, σ &gt; 0 finite, lo &lt; hi (not NaN), and the
     *                                  window carries representable probability
     */
    public static TruncatedNormal of(double mu, double sigma, double lo, double hi) {
        Checks.finite("truncnormal mu", mu);
        Checks.positive("truncnormal sigma", sigma);
        if (Double.isNaN(lo) || Double.isNaN(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("truncnormal requires lo < hi, got lo=" + Specs.num(lo) + ", hi="
                    + Specs.num(hi));
        }
        TruncatedNormal t = new TruncatedNormal(mu, sigma, lo, hi);
        if (!(t.mass > 0)) {
            throw new IllegalArgumentException("truncnormal window [" + Specs.num(lo) + ", " + Specs.num(hi)
                    + "] is too far in the tail of normal(" + Specs.num(mu) + ", " + Specs.num(sigma)
                    + "): its probability underflows to 0");
        }
        return t;
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** cdf of the (mirrored) standardised variable. */
    private double g(double z) {
        if (z <= za) {
            return 0;
        }
        if (z >= zb) {
            return 1;
        }
        return Math.min(1, (NormalMath.phi(z) - phiA) / mass);
    }

    private double gInverse(double p) {
        if (p == 0) {
            return za;
        }
        if (p == 1) {
            return zb;
        }
        double z = NormalMath.inversePhi(Math.min(1, phiA + p * mass));
        return Math.max(za, Math.min(zb, z));
    }

    @Override
    public double cdf(double x) {
        if (x < lo) {
            return 0;
        }
        if (x >= hi) {
            return 1;
        }
        double z = (x - mu) / sigma;
        return mirrored ? 1 - g(-z) : g(z);
    }

    @Override
    public double quantile(double p) {
        Checks.probability(p);
        if (p == 0) {
            return lo;
        }
        if (p == 1) {
            return hi;
        }
        double x = mirrored ? mu - sigma * gInverse(1 - p) : mu + sigma * gInverse(p);
        return Math.max(lo, Math.min(hi, x));
    }

    private static double zDensity(double z) {
        return Double.isInfinite(z) ? 0 : NormalMath.density(z);
    }

    private static double zTimesDensity(double z) {
        return Double.isInfinite(z) ? 0 : z * NormalMath.density(z);
    }

    @Override
    public double mean() {
        // E[Z | za < Z < zb] = (φ(za) − φ(zb)) / mass; mirror flips the sign.
        double m = (zDensity(za) - zDensity(zb)) / mass;
        return mirrored ? mu - sigma * m : mu + sigma * m;
    }

    @Override
    public double variance() {
        double m = (zDensity(za) - zDensity(zb)) / mass;
        double v = 1 + (zTimesDensity(za) - zTimesDensity(zb)) / mass - m * m;
        return sigma * sigma * Math.max(0, v);
    }

    @Override
    public double lowerBound() {
        return lo;
    }

    @Override
    public double upperBound() {
        return hi;
    }

    @Override
    public DistributionSampler createSampler(UniformRandomProvider rng) {
        return Samplers.inversion(rng, this::quantile);
    }

    @Override
    public FastQuantile fastQuantile() {
        return fast.get(() -> FastQuantile.table(this));
    }

    @Override
    public String spec() {
        return Specs.call("truncnormal", mu, sigma, lo, hi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TruncatedNormal t && Double.compare(t.mu, mu) == 0 && Double.compare(t.sigma, sigma) == 0
                && Double.compare(t.lo, lo) == 0 && Double.compare(t.hi, hi) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(new double[] {mu, sigma, lo, hi});
    }

    @Override
    public String toString() {
        return spec();
    }
}

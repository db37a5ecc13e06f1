package org.euromesh.distributions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * The continuous test cases, each paired with an independent oracle built from commons-math3
 * (the main code uses Hipparchus special functions and its own closed forms; none of it is used
 * here). The oracle is built from the case's parameters by the textbook definition of the family,
 * so a sampler or quantile of the wrong family cannot agree with it by construction:
 *
 * <ul>
 * <li>PERT(a, m, b; λ) = a + (b − a)·Beta(1 + λ(m − a)/(b − a), 1 + λ(b − m)/(b − a));
 * <li>Beta on [lo, hi] = lo + (hi − lo)·Beta(α, β);
 * <li>truncated normal = commons-math3's {@link NormalDistribution} cdf and inverse restricted to
 * [lo, hi], mean and variance by Gauss–Legendre quadrature of its density.
 * </ul>
 *
 * <p>Shared by {@link ContinuousSamplerParametricTest} (sampling) and {@link ContinuousFamiliesTest}
 * (maths), so the list of cases lives in one place.
 */
final class ContinuousCases {
    /** Accuracy asked of commons-math3's numerical inverse cdf (Beta, Gamma); its default is 1e-9. */
    private static final double ACC = 1e-15;

    private ContinuousCases() {
    }

    /** A distribution under test, its oracle and the oracle's description. */
    record Case(Distribution d, AbstractRealDistribution oracle, String oracleName) {
        @Override
        public String toString() {
            return d.spec() + " vs commons-math3 " + oracleName;
        }
    }

    static List<Case> all() {
        double inf = Double.POSITIVE_INFINITY;
        return List.of(
                new Case(Uniform.of(-1, 3), new UniformRealDistribution(null, -1, 3), "Uniform(-1, 3)"),
                new Case(Triangular.of(0, 2, 10), new TriangularDistribution(null, 0, 2, 10), "Triangular(0, 2, 10)"),
                new Case(Triangular.of(0, 0, 1), new TriangularDistribution(null, 0, 0, 1), "Triangular(0, 0, 1)"),
                new Case(Triangular.of(0, 0, 10), new TriangularDistribution(null, 0, 0, 10), "Triangular(0, 0, 10)"),
                new Case(Triangular.of(0, 1, 1), new TriangularDistribution(null, 0, 1, 1), "Triangular(0, 1, 1)"),
                pert(2, 8.4, 10, 4), pert(0, 0, 1, 4), pert(0, 1, 1, 4), pert(0, 0.01, 1, 4), pert(1, 3, 9, 6),
                new Case(Normal.of(3, 2), new NormalDistribution(null, 3, 2, ACC), "Normal(3, 2)"),
                truncated(0, 1, -1, 2), truncated(5, 2, 5, inf), truncated(0, 1, 4, 6), truncated(0, 1, -inf, -3),
                new Case(LogNormal.of(0.5, 0.4), new LogNormalDistribution(null, 0.5, 0.4, ACC), "LogNormal(0.5, 0.4)"),
                new Case(LogNormal.of(0, 1.5), new LogNormalDistribution(null, 0, 1.5, ACC), "LogNormal(0, 1.5)"),
                beta(2, 5, 0, 1), beta(0.5, 0.5, 0, 1), beta(50, 2, 0, 1), beta(0.3, 3, 1, 5),
                new Case(Gamma.of(2.5, 3), new GammaDistribution(null, 2.5, 3, ACC), "Gamma(2.5, 3)"),
                new Case(Gamma.of(0.3, 1), new GammaDistribution(null, 0.3, 1, ACC), "Gamma(0.3, 1)"),
                new Case(Gamma.of(40, 0.1), new GammaDistribution(null, 40, 0.1, ACC), "Gamma(40, 0.1)"));
    }

    /** The PERT oracle from the textbook shape parameters, computed here rather than read from {@link Pert}. */
    static AbstractRealDistribution pertOracle(double a, double m, double b, double lambda) {
        double w = b - a;
        return new Shifted(new BetaDistribution(null, 1 + lambda * (m - a) / w, 1 + lambda * (b - m) / w, ACC), a, w);
    }

    private static Case pert(double a, double m, double b, double lambda) {
        double w = b - a;
        String name = String.format("%s + %s·Beta(%s, %s)", Specs.num(a), Specs.num(w),
                shape(1 + lambda * (m - a) / w), shape(1 + lambda * (b - m) / w));
        return new Case(Pert.of(a, m, b, lambda), pertOracle(a, m, b, lambda), name);
    }

    /** A shape parameter to 10 significant digits (1 + 4·1.6/8 prints 1.8, not 1.7999999999999998). */
    private static String shape(double v) {
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static Case beta(double alpha, double beta, double lo, double hi) {
        AbstractRealDistribution unit = new BetaDistribution(null, alpha, beta, ACC);
        String name = String.format("Beta(%s, %s)", Specs.num(alpha), Specs.num(beta));
        if (lo == 0 && hi == 1) {
            return new Case(Beta.of(alpha, beta), unit, name);
        }
        return new Case(Beta.of(alpha, beta, lo, hi), new Shifted(unit, lo, hi - lo),
                Specs.num(lo) + " + " + Specs.num(hi - lo) + "·" + name);
    }

    private static Case truncated(double mu, double sigma, double lo, double hi) {
        return new Case(TruncatedNormal.of(mu, sigma, lo, hi), new TruncatedNormalOracle(mu, sigma, lo, hi),
                String.format("Normal(%s, %s) | [%s, %s]", Specs.num(mu), Specs.num(sigma), Specs.num(lo),
                        Specs.num(hi)));
    }

    /** a + w·X (w &gt; 0) for a commons-math3 distribution X: the oracle for a stretched beta. */
    @SuppressWarnings("deprecation")
    static final class Shifted extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final AbstractRealDistribution x;
        private final double a;
        private final double w;

        Shifted(AbstractRealDistribution x, double a, double w) {
            super(null);
            this.x = x;
            this.a = a;
            this.w = w;
        }

        @Override
        public double density(double v) {
            return x.density((v - a) / w) / w;
        }

        @Override
        public double cumulativeProbability(double v) {
            return x.cumulativeProbability((v - a) / w);
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            return a + w * x.inverseCumulativeProbability(p);
        }

        @Override
        public double getNumericalMean() {
            return a + w * x.getNumericalMean();
        }

        @Override
        public double getNumericalVariance() {
            return w * w * x.getNumericalVariance();
        }

        @Override
        public double getSupportLowerBound() {
            return a + w * x.getSupportLowerBound();
        }

        @Override
        public double getSupportUpperBound() {
            return a + w * x.getSupportUpperBound();
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }

    /**
     * Normal(μ, σ) conditioned on [lo, hi], from commons-math3's {@link NormalDistribution}:
     * F(x) = (Φ(x) − Φ(lo)) / (Φ(hi) − Φ(lo)), Q(p) = Φ⁻¹(Φ(lo) + p (Φ(hi) − Φ(lo))). A window above
     * the mean is handled through the reflection Y = 2μ − X (a window below the mean), because
     * commons-math3's Φ (an erfc) keeps relative precision only in the lower tail; Φ(hi) − Φ(lo)
     * near 1 would otherwise cancel. Mean and variance by adaptive Gauss–Legendre quadrature of the
     * density over the window (cut at μ ± 12σ, beyond which the mass is below 1e-32 of the window's).
     */
    @SuppressWarnings("deprecation")
    static final class TruncatedNormalOracle extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final NormalDistribution n;
        private final double mu;
        private final double lo;
        private final double hi;
        private final boolean reflected;
        /** The window of Y (= X, or 2μ − X when reflected), Φ at its lower end, and its mass. */
        private final double ya;
        private final double yb;
        private final double phiA;
        private final double mass;
        private final double mean;
        private final double variance;

        TruncatedNormalOracle(double mu, double sigma, double lo, double hi) {
            super(null);
            this.n = new NormalDistribution(null, mu, sigma, ACC);
            this.mu = mu;
            this.lo = lo;
            this.hi = hi;
            this.reflected = (lo - mu) + (hi - mu) > 0;
            this.ya = reflected ? 2 * mu - hi : lo;
            this.yb = reflected ? 2 * mu - lo : hi;
            this.phiA = n.cumulativeProbability(ya);
            this.mass = n.cumulativeProbability(yb) - phiA;
            double from = Math.max(lo, mu - 12 * sigma);
            double to = Math.min(hi, mu + 12 * sigma);
            this.mean = integrate(x -> x * density(x), from, to);
            this.variance = integrate(x -> (x - mean) * (x - mean) * density(x), from, to);
        }

        private static double integrate(org.apache.commons.math3.analysis.UnivariateFunction f, double from,
                double to) {
            return new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-300, 2, 64).integrate(10_000_000, f, from, to);
        }

        /** cdf of Y on its window. */
        private double g(double y) {
            if (y <= ya) {
                return 0;
            }
            if (y >= yb) {
                return 1;
            }
            return Math.min(1, (n.cumulativeProbability(y) - phiA) / mass);
        }

        private double gInverse(double p) {
            if (p == 0) {
                return ya;
            }
            if (p == 1) {
                return yb;
            }
            return Math.max(ya, Math.min(yb, n.inverseCumulativeProbability(phiA + p * mass)));
        }

        @Override
        public double density(double x) {
            return x < lo || x > hi ? 0 : n.density(x) / mass;
        }

        @Override
        public double cumulativeProbability(double x) {
            if (x < lo) {
                return 0;
            }
            if (x >= hi) {
                return 1;
            }
            return reflected ? 1 - g(2 * mu - x) : g(x);
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            return reflected ? 2 * mu - gInverse(1 - p) : gInverse(p);
        }

        @Override
        public double getNumericalMean() {
            return mean;
        }

        @Override
        public double getNumericalVariance() {
            return variance;
        }

        @Override
        public double getSupportLowerBound() {
            return lo;
        }

        @Override
        public double getSupportUpperBound() {
            return hi;
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}

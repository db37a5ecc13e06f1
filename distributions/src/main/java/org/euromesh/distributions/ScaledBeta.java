package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.hipparchus.special.Beta;

/** The maths of a beta(α, β) stretched onto [lo, hi] (lo &lt; hi); shared by {@link Beta} and {@link Pert}. */
final class ScaledBeta {
    /** Tighter than Hipparchus' default 1e-14, so that table knots are exact to ~1e-15. */
    private static final double EPS = 1e-15;

    final double alpha;
    final double beta;
    final double lo;
    final double hi;

    ScaledBeta(double alpha, double beta, double lo, double hi) {
        this.alpha = alpha;
        this.beta = beta;
        this.lo = lo;
        this.hi = hi;
    }

    /** cdf of the unit beta. */
    double unitCdf(double u) {
        if (u <= 0) {
            return 0;
        }
        if (u >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(u, alpha, beta, EPS, Integer.MAX_VALUE);
    }

    double cdf(double x) {
        return unitCdf((x - lo) / (hi - lo));
    }

    double quantile(double p) {
        Checks.probability(p);
        if (p == 0) {
            return lo;
        }
        if (p == 1) {
            return hi;
        }
        // Solve in the tail nearer the answer: for p > 1/2 invert the reflected beta(β, α) at 1-p,
        // which keeps relative precision of 1 - u near the upper end.
        double u;
        if (p <= 0.5) {
            u = Roots.invert(this::unitCdf, p, 0, 1);
        } else {
            double q = 1 - p;
            u = 1 - Roots.invert(v -> v <= 0 ? 0 : v >= 1 ? 1 : Beta.regularizedBeta(v, beta, alpha, EPS,
                    Integer.MAX_VALUE), q, 0, 1);
        }
        return Math.min(hi, lo + u * (hi - lo));
    }

    double mean() {
        return lo + (hi - lo) * alpha / (alpha + beta);
    }

    double variance() {
        double s = alpha + beta;
        double w = hi - lo;
        return w * w * alpha * beta / (s * s * (s + 1));
    }

    DistributionSampler sampler(UniformRandomProvider rng) {
        return Samplers.affine(ChengBetaSampler.of(rng, alpha, beta), lo, hi - lo);
    }
}

package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.hipparchus.special.Beta;

/** The maths of a beta(α, β) stretched onto [lo, hi] (lo &lt; hi); shared by {@link Beta} and {@link Pert}. */
final class ScaledBeta {
    /** Tighter than Hipparchus' default 1e-14, so that table knots are exact to ~1e-15. */
    private static final double EPS = 1e-15;

    /** Newton iterations before giving up on refinement (never reached in practice: 3 to 8 are used). */
    private static final int MAX_ITER = 200;

    final double alpha;
    final double beta;
    final double lo;
    final double hi;
    /** log B(α, β), for the density in Newton's step. */
    private final double logB;

    ScaledBeta(double alpha, double beta, double lo, double hi) {
        this.alpha = alpha;
        this.beta = beta;
        this.lo = lo;
        this.hi = hi;
        this.logB = Beta.logBeta(alpha, beta);
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
        return Math.min(hi, lo + unitQuantile(p, Double.NaN) * (hi - lo));
    }

    /**
     * The unit beta's quantile at p in (0, 1). Solves in the tail nearer the answer: for p &gt; 1/2
     * it inverts the reflected beta(β, α) at 1 − p, which keeps relative precision of 1 − u near
     * the upper end.
     *
     * @param guess a starting point in (0, 1) (e.g. the previous knot of a table), or NaN
     */
    double unitQuantile(double p, double guess) {
        if (p <= 0.5) {
            return invertUnit(p, alpha, beta, guess);
        }
        return 1 - invertUnit(1 - p, beta, alpha, guess == guess ? 1 - guess : Double.NaN);
    }

    /**
     * Solves I_u(a, b) = p for u in (0, 1), p in (0, 1/2], by Newton's method safeguarded by a
     * bracket: every step keeps [l, h] with I_l(a,b) &lt; p &lt; I_h(a,b); a Newton step that leaves
     * the bracket is replaced by a bisection (geometric when the bracket spans decades, so tiny
     * quantiles are reached in a few dozen steps at worst). Stops when the step is below 1e-15
     * relative to u (Newton converges quadratically, so the error is then far below that) or the
     * bracket collapses to adjacent doubles. Same target accuracy as the Brent solve it replaces
     * ({@link Roots}: 1e-15 relative), at 3 to 8 cdf evaluations instead of 10 to 40.
     */
    private double invertUnit(double p, double a, double b, double guess) {
        double l = 0;
        double h = 1;
        double u;
        if (guess > 0 && guess < 1) {
            u = guess;
        } else {
            // Leading term of the lower tail: I_u(a, b) ~ u^a / (a B(a, b)).
            u = Math.exp((Math.log(p) + Math.log(a) + logB) / a);
            if (!(u > 0 && u < 1)) {
                u = a / (a + b);
            }
        }
        for (int it = 0; it < MAX_ITER; it++) {
            double f = Beta.regularizedBeta(u, a, b, EPS, Integer.MAX_VALUE) - p;
            if (f == 0) {
                return u;
            }
            if (f < 0) {
                l = u;
            } else {
                h = u;
            }
            double logDensity = (a - 1) * Math.log(u) + (b - 1) * Math.log1p(-u) - logB;
            double next = u - f / Math.exp(logDensity);
            if (!(next > l && next < h)) {
                next = l > 0 && h > 4 * l ? Math.sqrt(l * h) : l == 0 ? h * 0x1.0p-8 : 0.5 * (l + h);
                if (!(next > l && next < h)) {
                    return f < 0 ? h : l; // adjacent doubles: done
                }
            } else if (Math.abs(next - u) <= 1e-15 * next) {
                return next;
            }
            u = next;
        }
        return u;
    }

    /**
     * The knots of a {@link FastQuantile} table: {@code t[i] = Q(i/k)}, i = 0..k. The same
     * Newton solve as {@link #quantile}, warm-started from the previous knots (secant
     * extrapolation, then clipped into the bracket), so each knot costs about three cdf
     * evaluations; the result is as accurate as {@link #quantile} (1e-15 relative in u).
     */
    double[] knots(int k) {
        double[] t = new double[k + 1];
        t[0] = lo;
        t[k] = hi;
        double prev = Double.NaN;
        double prev2 = Double.NaN;
        for (int i = 1; i < k; i++) {
            double p = (double) i / k;
            double guess = Double.NaN;
            if (prev == prev) {
                guess = prev2 == prev2 ? prev + (prev - prev2) : prev;
                if (!(guess > prev && guess < 1)) {
                    guess = prev < 1 ? 0.5 * (prev + 1) : Double.NaN;
                }
            }
            // crossing p = 1/2 switches to the reflected solve: start that one afresh
            if (i > 1 && ((double) (i - 1) / k <= 0.5) != (p <= 0.5)) {
                guess = prev;
            }
            double u = unitQuantile(p, guess);
            t[i] = Math.min(hi, lo + u * (hi - lo));
            prev2 = prev;
            prev = u;
        }
        return t;
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

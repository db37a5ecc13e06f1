package org.euromesh.distributions;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;

/** Inverts a continuous cdf by Brent's method, to near full double precision. */
final class Roots {
    /** Relative accuracy on x; Brent stops when the bracket is below 2·this·|x| + abs. */
    private static final double REL = 1e-15;
    private static final double ABS = 1e-300;
    private static final int MAX_EVAL = 2000;

    private Roots() {
    }

    /**
     * The x in [lo, hi] with cdf(x) = p; the caller guarantees cdf(lo) &lt;= p &lt;= cdf(hi) and
     * handles p = 0 and p = 1 itself.
     */
    static double invert(DoubleUnaryOperator cdf, double p, double lo, double hi) {
        double flo = cdf.applyAsDouble(lo) - p;
        if (flo >= 0) {
            return lo;
        }
        double fhi = cdf.applyAsDouble(hi) - p;
        if (fhi <= 0) {
            return hi;
        }
        BrentSolver solver = new BrentSolver(REL, ABS, 0.0);
        return solver.solve(MAX_EVAL, x -> cdf.applyAsDouble(x) - p, lo, hi);
    }

    /** As {@link #invert} for a support [lo, +inf): the upper end is found by doubling from a guess. */
    static double invertUpper(DoubleUnaryOperator cdf, double p, double lo, double guess) {
        double hi = Math.max(guess, Double.MIN_NORMAL);
        while (cdf.applyAsDouble(hi) < p) {
            lo = hi;
            hi *= 2;
            if (Double.isInfinite(hi)) {
                return Double.MAX_VALUE;
            }
        }
        return invert(cdf, p, lo, hi);
    }
}

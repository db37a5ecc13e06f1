package org.euromesh.distributions;

/** Argument validation shared by the factories; every message says what was expected. */
final class Checks {
    private Checks() {
    }

    static double finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
        return v;
    }

    static double positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite and > 0, got " + v);
        }
        return v;
    }

    /**
     * Largest shape parameter (beta α and β, gamma shape, PERT λ): beyond it the distribution is
     * a spike narrower than its own rounding, and the series behind its cdf needs millions of
     * terms per evaluation (gamma(1e20, 1) would spin for minutes; at 1e4 a quantile table
     * already takes about a second).
     */
    static final double MAX_SHAPE = 1e4;

    static double shape(String what, double v) {
        positive(what, v);
        if (v > MAX_SHAPE) {
            throw new IllegalArgumentException(what + " must be at most " + Specs.num(MAX_SHAPE) + ", got " + v);
        }
        return v;
    }

    static double probability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        return p;
    }

    /** Requires {@code lo <= mid <= hi}, all finite. */
    static void ordered(String family, double lo, double mid, double hi) {
        finite(family + " min", lo);
        finite(family + " mode", mid);
        finite(family + " max", hi);
        if (!(lo <= mid && mid <= hi)) {
            throw new IllegalArgumentException(family + " requires min <= mode <= max, got min=" + Specs.num(lo)
                    + ", mode=" + Specs.num(mid) + ", max=" + Specs.num(hi));
        }
    }
}

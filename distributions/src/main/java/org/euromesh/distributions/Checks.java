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

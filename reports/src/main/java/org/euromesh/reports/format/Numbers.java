package org.euromesh.reports.format;

import java.util.Locale;

/** Number formatting shared by every printed table: compact, locale-free, infinities spelled out. */
public final class Numbers {

    private Numbers() {
    }

    /** Six significant digits, no trailing noise: 7.6, 1.968e+25, 0.15. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            String s = String.format(Locale.ROOT, "%.6g", v);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * A probability with its 95% interval, with as many decimals as the interval supports: the
     * half-width to one significant digit, "0.917 [0.9165, 0.9176]" style. A probability that is
     * exactly 0 or 1 (no path, or every path) prints as "0" or "1" rather than "1.0000000": it is a
     * count, and the interval says how far the true value could be from it.
     */
    public static String probability(double p, double lo, double hi) {
        if (hi < 1e-3 && p > 0) {
            // A rare event: fixed decimals would print its lower bound as 0.000000.
            return String.format(Locale.ROOT, "%.1e [%.1e, %.1e]", p, lo, hi);
        }
        int d = decimals(p, lo, hi);
        return exact(p, d) + " [" + exact(lo, d) + ", " + exact(hi, d) + "]";
    }

    /** {@link #probability} without the interval, to the interval's decimals. */
    public static String probabilityValue(double p, double lo, double hi) {
        return exact(p, decimals(p, lo, hi));
    }

    /** Decimals that show the 95% half-width to one significant digit, at least 2 and at most 7. */
    static int decimals(double p, double lo, double hi) {
        double hw = Math.max(hi - p, p - lo);
        if (!(hw > 0) || !Double.isFinite(hw)) {
            return 4;
        }
        int d = (int) Math.ceil(-Math.log10(hw) - 1e-9);
        return Math.max(2, Math.min(7, d));
    }

    private static String exact(double v, int decimals) {
        if (v == 0.0 || v == 1.0) {
            return v == 0.0 ? "0" : "1";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** "1,000,000": a count with thousands separators, locale-free. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 0.05 → "5", 0.5 → "50", 0.025 → "2.5". */
    public static String percentLabel(double p) {
        return format(p * 100);
    }
}

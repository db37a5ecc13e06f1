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
     * A probability with its 95% interval, "0.9166 [0.9160, 0.9171]", with enough decimals that the
     * interval is visible: near 0 or 1 a 10^6-sample run gives "1.000000 [0.999996, 1.000000]"
     * rather than an interval that prints as a point.
     */
    public static String probability(double p, double lo, double hi) {
        double width = hi - lo;
        int decimals = width > 0 ? (int) Math.ceil(-Math.log10(width)) + 1 : 4;
        decimals = Math.max(4, Math.min(7, decimals));
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", p, lo, hi);
    }

    /** 0.05 → "5", 0.5 → "50", 0.025 → "2.5". */
    public static String percentLabel(double p) {
        return format(p * 100);
    }
}

package org.euromesh.reports.cli;

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

    /** 0.05 → "5", 0.5 → "50", 0.025 → "2.5". */
    public static String percentLabel(double p) {
        return format(p * 100);
    }
}

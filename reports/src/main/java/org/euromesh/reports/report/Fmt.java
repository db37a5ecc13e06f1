package org.euromesh.reports.report;

import java.util.Locale;
import org.euromesh.reports.CalendarMonth;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.summary.Mean;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;

/** How the report prints a number together with its Monte Carlo error. */
final class Fmt {

    private Fmt() {
    }

    /** "0.9871 [0.9868, 0.9873]": p with its 95% Wilson interval. */
    static String probability(Probability p) {
        if (p == null || Double.isNaN(p.p())) {
            return "n/a";
        }
        return Numbers.probability(p.p(), p.lo(), p.hi());
    }

    /** The binomial standard error to two significant digits, e.g. "0.00031". */
    static String se(Probability p) {
        return p == null ? "n/a" : sig2(p.standardError());
    }

    /** "Oct 2028 [Sep 2028, Nov 2028]": a time percentile as calendar months with its 95% interval. */
    static String month(Percentile p, double horizon) {
        return CalendarMonth.of(p.value(), horizon) + " [" + CalendarMonth.of(p.lo(), horizon) + ", "
                + CalendarMonth.of(p.hi(), horizon) + "]";
    }

    /** "2.75 [2.74, 2.77]": a percentile in its unit with its 95% interval. */
    static String value(Percentile p) {
        return num(p.value()) + " [" + num(p.lo()) + ", " + num(p.hi()) + "]";
    }

    /** "1.234e+05 ± 567": a mean with ±1.96 standard errors. */
    static String mean(Mean m) {
        return num(m.value()) + " ± " + sig2(1.96 * m.standardError());
    }

    /** Years rounded to 0.01 (a few days): finer digits would be Monte Carlo noise or false precision. */
    static String years(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "after 2049" : "-inf";
        }
        return Double.isNaN(v) ? "n/a" : Numbers.format(Math.round(v * 100.0) / 100.0);
    }

    /** A number to four significant digits (infinities spelled out). */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return Numbers.format(v);
        }
        return sig(v, 4);
    }

    static String sig2(double v) {
        return sig(v, 2);
    }

    /** {@code digits} significant digits, plain notation between 1e-6 and 1e7 (no "0.0004900"). */
    private static String sig(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return Numbers.format(v);
        }
        double a = Math.abs(v);
        if (a < 1e-6 || a >= 1e7) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** "5.1%": a fraction as a percentage. */
    static String percent(double f) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * f);
    }
}

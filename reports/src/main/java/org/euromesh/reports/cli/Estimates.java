package org.euromesh.reports.cli;

import java.util.Locale;
import org.euromesh.engine.stats.PercentileEstimate;

/**
 * Numbers with their error as the terminal prints them, never claiming more than the data
 * supports: an infinite lead (one side never trains by the horizon) is named, not printed as
 * {@code -9.223e+16} or {@code -Infinity ±NaN}, and an error that cannot be estimated from so few
 * samples is {@code ±n/a}, not {@code ±0.001}.
 */
final class Estimates {

    /**
     * Smallest N for which a 95% order-statistic interval of the median exists: the widest one,
     * [min, max], covers it with probability 1 − 2·0.5^N, at least 0.95 from N = 6 on.
     */
    static final long MIN_SAMPLES_FOR_MEDIAN_INTERVAL = 6;

    private Estimates() {
    }

    /** A lead in years, "8.42 ±0.003"; a censored side named; the error n/a when N is too small. */
    static String lead(PercentileEstimate p50, long samples) {
        return lead(p50.value(), p50.lo(), p50.hi(), samples);
    }

    /** {@link #lead(PercentileEstimate, long)} from the median's value and 95% interval. */
    static String lead(double v, double lo, double hi, long samples) {
        if (Double.isInfinite(v)) {
            return censoredLead(v);
        }
        double half = (hi - lo) / 2;
        boolean known = samples >= MIN_SAMPLES_FOR_MEDIAN_INTERVAL && Double.isFinite(half);
        return String.format(Locale.ROOT, "%.2f ±%s", v, known ? String.format(Locale.ROOT, "%.3f", half) : "n/a");
    }

    /** A mean with its 95% half-width 1.96·se; n/a below two samples or when se is not finite. */
    static String mean(double mean, double standardError, long samples) {
        double half = 1.96 * standardError;
        boolean known = samples >= 2 && Double.isFinite(half);
        return String.format(Locale.ROOT, "%.2f ±%s", mean, known ? String.format(Locale.ROOT, "%.4f", half) : "n/a");
    }

    /** An infinite lead (campus − federation): which side does not train by the horizon. */
    static String censoredLead(double v) {
        return v < 0 ? "fed. after 2049" : "campus after 2049";
    }

    /** Rounds to {@code decimals}, leaving non-finite values alone (Math.round(-inf) is Long.MIN_VALUE). */
    static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}

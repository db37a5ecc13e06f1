package org.euromesh.reports;

import java.util.Locale;

/**
 * Years from 2026-01-01 as a calendar month (docs/MODEL.md §0: month index m = floor(12·t), m = 0 is
 * January 2026). Times beyond the horizon are "after 2049", never a made-up month.
 */
public final class CalendarMonth {

    private static final String[] NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int BASE_YEAR = 2026;

    private CalendarMonth() {
    }

    /**
     * e.g. 2.75 → "Oct 2028"; a time after {@code horizon} (or +inf, a censored percentile) →
     * "after 2049" for the 24-year horizon: the calendar year in which the horizon falls, or the
     * year before when the horizon is the start of a year.
     */
    public static String of(double years, double horizon) {
        if (Double.isNaN(years)) {
            return "n/a";
        }
        if (years > horizon) {
            return after(horizon);
        }
        long m = (long) Math.floor(12.0 * years);
        return String.format(Locale.ROOT, "%s %d", NAMES[(int) Math.floorMod(m, 12L)], BASE_YEAR + Math.floorDiv(m, 12L));
    }

    /** "after 2049" for a horizon of 24 years from 2026-01-01 (the end of 2049). */
    public static String after(double horizon) {
        double end = BASE_YEAR + horizon;
        long year = (long) Math.ceil(end) - 1;
        return "after " + year;
    }

    /** Years from 2026-01-01 at the start of a calendar month. */
    public static double start(int year, int month) {
        return (year - BASE_YEAR) + (month - 1) / 12.0;
    }

    /** Whole months from {@code fromYears} to {@code toYears}, by month index (how the study counts gaps). */
    public static long monthsBetween(double fromYears, double toYears) {
        return (long) Math.floor(12.0 * toYears) - (long) Math.floor(12.0 * fromYears);
    }
}

package org.euromesh.reports;

import java.util.Locale;
import org.euromesh.engine.OutputSpec;

/**
 * Years from 2026-01-01 as a calendar month (MODEL.md §0: month index m = floor(12·t), m = 0 is
 * January 2026). Times beyond the horizon are "after 2049", never a made-up month.
 */
public final class CalendarMonth {

    private static final String[] NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int BASE_YEAR = 2026;

    private CalendarMonth() {
    }

    /** e.g. 2.75 → "Oct 2028"; 30 or +inf → "after 2049". */
    public static String of(double years) {
        if (Double.isNaN(years)) {
            return "n/a";
        }
        if (years > OutputSpec.HORIZON_YEARS) {
            return "after " + (BASE_YEAR + (int) OutputSpec.HORIZON_YEARS - 1);
        }
        long m = (long) Math.floor(12.0 * years);
        return String.format(Locale.ROOT, "%s %d", NAMES[(int) Math.floorMod(m, 12L)], BASE_YEAR + Math.floorDiv(m, 12L));
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

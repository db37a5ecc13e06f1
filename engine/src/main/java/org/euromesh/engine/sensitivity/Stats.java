package org.euromesh.engine.sensitivity;

import java.util.Arrays;

/** Small numeric helpers: ranks with ties averaged, percentiles. */
final class Stats {

    private Stats() {
    }

    /**
     * Ranks 1..n of {@code x}, ties given the average of the ranks they span (so a 0/1 indicator
     * gets two distinct ranks). O(n log n), primitive arrays only.
     */
    static double[] ranks(double[] x) {
        int n = x.length;
        double[] sorted = x.clone();
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("cannot rank NaN");
            }
        }
        Arrays.sort(sorted);
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
            int first = lowerBound(sorted, x[j]);
            int last = upperBound(sorted, x[j]) - 1;
            r[j] = 0.5 * (first + last) + 1.0;
        }
        return r;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(a[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(a[mid], v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Pearson correlation; NaN when either side is constant. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int j = 0; j < n; j++) {
            mx += x[j];
            my += y[j];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int j = 0; j < n; j++) {
            double a = x[j] - mx;
            double b = y[j] - my;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    /**
     * The {@code p}-quantile of {@code values} (sorted in place; NaN sorted last and excluded),
     * linear interpolation between order statistics (Hyndman–Fan type 7). NaN when all are NaN.
     */
    static double percentile(double[] values, double p) {
        Arrays.sort(values);
        int n = values.length;
        while (n > 0 && Double.isNaN(values[n - 1])) {
            n--;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    /** The 95% percentile interval of {@code replicates} (a copy is sorted). */
    static Interval interval95(double[] replicates) {
        double[] c = replicates.clone();
        double lo = percentile(c, 0.025);
        double hi = percentile(c, 0.975);
        return new Interval(lo, hi);
    }
}

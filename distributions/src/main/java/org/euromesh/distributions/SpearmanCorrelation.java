package org.euromesh.distributions;

import java.util.Arrays;

/** Spearman's rank correlation, with average ranks for ties; for reports and tests of the copula. */
public final class SpearmanCorrelation {
    private SpearmanCorrelation() {
    }

    /**
     * Pearson correlation of the ranks of x and y.
     *
     * @throws IllegalArgumentException unless x and y have the same length &gt;= 2
     */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("Spearman correlation needs two arrays of equal length >= 2, got "
                    + x.length + " and " + y.length);
        }
        return pearson(ranks(x), ranks(y));
    }

    /**
     * Ranks 1..n of {@code x}, ties sharing the average of the ranks they span (so a 0/1 indicator
     * gets two distinct ranks). O(n log n) on primitive arrays: samples here have 10^4..10^6 rows.
     *
     * @throws IllegalArgumentException if x contains NaN (it has no rank)
     */
    public static double[] ranks(double[] x) {
        double[] sorted = x.clone();
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("cannot rank NaN");
            }
        }
        Arrays.sort(sorted);
        double[] r = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            int first = firstIndexOf(sorted, x[j]);
            int last = firstIndexAbove(sorted, x[j]) - 1;
            r[j] = 0.5 * (first + last) + 1.0;
        }
        return r;
    }

    /** Index of the first element {@code >= v} of the sorted array {@code a}. */
    private static int firstIndexOf(double[] a, double v) {
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

    /** Index of the first element {@code > v} of the sorted array {@code a}. */
    private static int firstIndexAbove(double[] a, double v) {
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

    /** Pearson correlation of a and b (same length); NaN when either is constant. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}

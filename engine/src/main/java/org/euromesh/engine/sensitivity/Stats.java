package org.euromesh.engine.sensitivity;

import java.util.Arrays;

/**
 * Small numeric helpers: percentiles (ranks and correlations live in SpearmanCorrelation). Public so
 * that {@code org.euromesh.engine.analysis} forms its bootstrap intervals the same way.
 */
public final class Stats {

    private Stats() {
    }

    /**
     * The {@code p}-quantile of {@code values} (sorted in place; NaN sorted last and excluded),
     * linear interpolation between order statistics (Hyndman–Fan type 7). NaN when all are NaN.
     */
    public static double percentile(double[] values, double p) {
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
    public static Interval interval95(double[] replicates) {
        double[] c = replicates.clone();
        double lo = percentile(c, 0.025);
        double hi = percentile(c, 0.975);
        return new Interval(lo, hi);
    }
}

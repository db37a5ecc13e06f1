package org.euromesh.reports.summary;

import org.euromesh.engine.stats.PercentileEstimate;

/**
 * A percentile with its 95% order-statistic interval; +Infinity means "after 2049" for a time
 * (or above the histogram range of a value), -Infinity below the range.
 *
 * @param level e.g. 0.5 for P50
 * @param value the estimate
 * @param lo    lower 95% bound
 * @param hi    upper 95% bound
 */
public record Percentile(double level, double value, double lo, double hi) {

    static Percentile of(PercentileEstimate e) {
        return new Percentile(e.p(), e.value(), e.lo(), e.hi());
    }

    /** Standard error implied by the 95% interval: width / (2·1.96); infinite if a bound is. */
    public double standardError() {
        return (hi - lo) / (2.0 * org.euromesh.engine.stats.ProbabilityEstimate.Z95);
    }
}

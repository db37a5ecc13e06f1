package org.euromesh.engine.stats;

/**
 * A percentile with a 95% order-statistic (distribution-free, binomial) interval.
 * {@code +Infinity} means "above the histogram's range": for a TIME output, after the horizon
 * (after the horizon); {@code -Infinity} means below the range of a VALUE output.
 *
 * @param p     probability level, e.g. 0.9 for P90
 * @param value the estimate
 * @param lo    lower 95% bound
 * @param hi    upper 95% bound
 */
public record PercentileEstimate(double p, double value, double lo, double hi) {

    /** True when the percentile lies in the censored mass (TIME: after the horizon). */
    public boolean censored() {
        return value == Double.POSITIVE_INFINITY;
    }
}

package org.euromesh.engine.sensitivity;

/**
 * A two-sided interval, here always a 95% bootstrap percentile interval.
 * Both ends are NaN when the statistic is undefined (e.g. a constant output).
 */
public record Interval(double lo, double hi) {

    public boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    public double width() {
        return hi - lo;
    }
}

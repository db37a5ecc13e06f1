package org.euromesh.params;

/**
 * The physical range of a kind of parameter: what its central and its whole distribution must
 * respect, and where the confidence policy clips a derived range.
 */
public enum Quantity {
    /** Shares and efficiencies: [0, 1]. */
    FRACTION(0, 1, false, "a fraction in [0, 1]"),
    /** Counts, powers, rates, sizes: strictly positive (a zero would divide or vanish). */
    POSITIVE(0, Double.POSITIVE_INFINITY, true, "> 0 (a count, power, rate or size)"),
    /** Lead times, durations, prices, intensities, slopes: >= 0. */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY, false, ">= 0 (a duration or lead time cannot be negative)"),
    /** Multipliers such as PUE or the penalty cap, never below 1. */
    AT_LEAST_ONE(1, Double.POSITIVE_INFINITY, false, ">= 1 (a multiplier)");

    final double lower;
    final double upper;
    private final boolean strictLower;
    final String description;

    Quantity(double lower, double upper, boolean strictLower, String description) {
        this.lower = lower;
        this.upper = upper;
        this.strictLower = strictLower;
        this.description = description;
    }

    /** True when {@code x} lies in this range. */
    public boolean contains(double x) {
        return (strictLower ? x > lower : x >= lower) && x <= upper;
    }
}

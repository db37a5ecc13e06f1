package org.euromesh.engine.analysis;

import java.util.Objects;

/**
 * One side (or both) of a box in one input, in the input's own units: {@code lo < x < hi}
 * (strict; an unrestricted side is infinite).
 *
 * @param input        input name
 * @param lo           exclusive lower bound, or -∞
 * @param hi           exclusive upper bound, or +∞
 * @param densityIfDropped density of the box (on the data it was found on) without this
 *                         restriction: how much the restriction matters
 */
public record Restriction(String input, double lo, double hi, double densityIfDropped) {

    public Restriction {
        Objects.requireNonNull(input, "input");
        if (!(lo < hi)) {
            throw new IllegalArgumentException("restriction of '" + input + "' needs lo < hi, got " + lo + ", " + hi);
        }
    }

    public boolean hasLower() {
        return lo != Double.NEGATIVE_INFINITY;
    }

    public boolean hasUpper() {
        return hi != Double.POSITIVE_INFINITY;
    }

    public boolean contains(double v) {
        return v > lo && v < hi;
    }
}

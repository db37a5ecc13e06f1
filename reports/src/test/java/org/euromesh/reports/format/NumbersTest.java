package org.euromesh.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void probabilityShowsItsIntervalEvenNearOne() {
        // Wilson interval of 10^6 successes in 10^6 trials: [0.99999616, 1]; half-width 3.8e-6 -> 6 decimals,
        // and an exact 1 (every path) prints as "1", not "1.000000".
        assertEquals("1 [0.999996, 1]", Numbers.probability(1.0, 0.99999616, 1.0));
        // Half-width 5.5e-4 -> 4 decimals.
        assertEquals("0.9166 [0.9160, 0.9171]", Numbers.probability(0.91657, 0.91602, 0.91711));
        // Half-width 2e-5 (999,900 of 10^6) -> 5 decimals.
        assertEquals("0.99990 [0.99988, 0.99992]", Numbers.probability(0.9999, 0.999878, 0.999918));
        // Half-width 0.03 (a small run) -> 2 decimals.
        assertEquals("0.50 [0.47, 0.53]", Numbers.probability(0.5, 0.47, 0.53));
        // A rare event: significant digits, so the lower bound does not print as 0.000000.
        assertEquals("1.0e-06 [1.8e-07, 5.7e-06]", Numbers.probability(1e-6, 1.8e-7, 5.7e-6));
        assertEquals("0.5000 [0.5000, 0.5000]", Numbers.probability(0.5, 0.5, 0.5));
    }

    @Test
    void formatIsCompactAndLocaleFree() {
        assertEquals("7.6", Numbers.format(7.6));
        assertEquals("28571", Numbers.format(28571));
        assertEquals("1.968e+25", Numbers.format(1.968e25));
        assertEquals("0.15", Numbers.format(0.15));
        assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("5", Numbers.percentLabel(0.05));
    }
}

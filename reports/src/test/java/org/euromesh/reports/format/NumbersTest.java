package org.euromesh.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void probabilityShowsItsIntervalEvenNearOne() {
        // Wilson interval of 10^6 successes in 10^6 trials: [0.99999616, 1]; width 3.8e-6 -> 7 decimals.
        assertEquals("1.0000000 [0.9999962, 1.0000000]", Numbers.probability(1.0, 0.99999616, 1.0));
        assertEquals("0.9166 [0.9160, 0.9171]", Numbers.probability(0.91657, 0.91602, 0.91711));
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

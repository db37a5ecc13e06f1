package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.euromesh.engine.stats.PercentileEstimate;
import org.junit.jupiter.api.Test;

/** The terminal never prints a number the data cannot support. */
class EstimatesTest {

    @Test
    void anInfiniteLeadIsNamedNotPrintedAsANumber() {
        // Was "-9.223e+16" (Math.round of -inf) or "-Infinity ±NaN".
        assertEquals("fed. after 2049", Estimates.lead(new PercentileEstimate(0.5, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY), 1000));
        assertEquals("campus after 2049", Estimates.censoredLead(Double.POSITIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, Estimates.round(Double.NEGATIVE_INFINITY, 2));
        assertEquals(8.42, Estimates.round(8.4249, 2));
    }

    @Test
    void theErrorOfAMedianNeedsSixSamples() {
        // 95% coverage of [min, max] for the median is 1 - 2·0.5^N: 0.9375 at N = 5, 0.96875 at N = 6.
        PercentileEstimate p = new PercentileEstimate(0.5, 8.42, 8.419, 8.421);
        assertEquals("8.42 ±n/a", Estimates.lead(p, 1), "was ±0.001 from one sample");
        assertEquals("8.42 ±n/a", Estimates.lead(p, 5));
        assertEquals("8.42 ±0.001", Estimates.lead(p, 6));
    }

    @Test
    void aMeanNeedsTwoSamplesAndAFiniteStandardError() {
        assertEquals("1.00 ±n/a", Estimates.mean(1, Double.NaN, 1));
        assertEquals("1.06 ±0.0150", Estimates.mean(1.06, 0.00765, 1000));
    }
}

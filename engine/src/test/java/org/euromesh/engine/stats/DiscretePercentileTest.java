package org.euromesh.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

/**
 * A discrete output (counts on unit bins centred on the integers, ranks on half-rank bins)
 * reports the smallest bin centre k with F(k) ≥ p, never an interpolation between values it
 * cannot take. Every expected value is counted by hand in the comment above it.
 */
class DiscretePercentileTest {

    private static OutputAccumulator sitesOf(double... values) {
        // counts 0..10 on bins [-0.5, 0.5), [0.5, 1.5), ...
        OutputAccumulator a = new OutputAccumulator(OutputSpec.value("sites", "sites", -0.5, 10.5, 11).asDiscrete());
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    @Test
    void smallestValueWhoseShareReachesTheLevel() {
        // 0, 1, 1, 2, 2, 2, 3 (n = 7). Cumulative: F(0) = 1/7, F(1) = 3/7, F(2) = 6/7, F(3) = 1.
        // P5: 0.35 values -> 0; P25: 1.75 -> 1; P50: 3.5 -> 2 (F(1) = 3 < 3.5); P90: 6.3 -> 3.
        OutputSummary s = sitesOf(0, 1, 1, 2, 2, 2, 3).summary();
        assertEquals(0.0, s.percentile(0.05).value());
        assertEquals(1.0, s.percentile(0.25).value());
        assertEquals(2.0, s.percentile(0.50).value());
        assertEquals(3.0, s.percentile(0.90).value());
        // An exact share: 1, 1, 2, 2 -> P50 needs 2 values <= k: k = 1 (F(1) = 0.5 >= 0.5).
        assertEquals(1.0, sitesOf(1, 1, 2, 2).summary().percentile(0.50).value());
    }

    @Test
    void theIssuesSiteCountMedianIsAnInteger() {
        // 49 paths with 7 sites and 51 with 8: interpolation gave ~7.5; the median is 8 (F(7) = 0.49).
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i < 49 ? 7 : 8;
        }
        OutputSummary s = sitesOf(v).summary();
        PercentileEstimate p50 = s.percentile(0.50);
        assertEquals(8.0, p50.value());
        // Interval ranks 50 -/+ 1.96 * 5 = 40.2 and 59.8: 7 and 8.
        assertEquals(7.0, p50.lo());
        assertEquals(8.0, p50.hi());
        // A continuous output of the same values interpolates within the bin: not an integer.
        OutputAccumulator c = new OutputAccumulator(OutputSpec.value("x", "sites", -0.5, 10.5, 11));
        for (double x : v) {
            c.add(x);
        }
        assertEquals(7.5 + 1.0 / 51, c.summary().percentile(0.50).value(), 1e-12);
    }

    @Test
    void halfRanksAreReportedOnTheirGrid() {
        // Ranks of 3 regions: bins of 0.5 centred on 1, 1.5, ..., 3 over [0.75, 3.25).
        // 1, 1.5, 1.5, 3: P50 needs 2 values -> 1.5; P75 needs 3 -> 1.5; P95 needs 3.8 -> 3.
        OutputAccumulator a = new OutputAccumulator(OutputSpec.value("rank", "rank", 0.75, 3.25, 5).asDiscrete());
        for (double r : new double[] {1, 1.5, 1.5, 3}) {
            a.add(r);
        }
        OutputSummary s = a.summary();
        assertEquals(1.5, s.percentile(0.50).value());
        assertEquals(1.5, s.percentile(0.75).value());
        assertEquals(3.0, s.percentile(0.95).value());
    }

    @Test
    void overflowAndUnderflowAreInfinite() {
        // 1 below, 1 in bin 0 (value 0), 2 above: P10 (0.4 values) -> -inf; P50 (2) -> 0; P90 (3.6) -> +inf.
        Histogram h = new Histogram(-0.5, 0.5, false, new long[] {1}, 1, 2);
        assertEquals(Double.NEGATIVE_INFINITY, h.discretePercentile(0.10).value());
        assertEquals(0.0, h.discretePercentile(0.50).value());
        assertEquals(Double.POSITIVE_INFINITY, h.discretePercentile(0.90).value());
    }

    @Test
    void onlyLinearValueOutputsCanBeDiscrete() {
        assertThrows(IllegalArgumentException.class, () -> OutputSpec.indicator("w").asDiscrete());
        assertThrows(IllegalArgumentException.class, () -> OutputSpec.logValue("e", "MWh", 1, 10, 5).asDiscrete());
        assertThrows(IllegalArgumentException.class, () -> OutputSpec.time("t", 24).asDiscrete());
    }
}

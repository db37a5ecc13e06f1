package org.euromesh.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void wilsonIntervalKnownValues() {
        // 5/10: centre 0.5, half 1.96·sqrt(0.025 + z²/400)/(1 + z²/10) = 0.26341
        ProbabilityEstimate e = ProbabilityEstimate.wilson(5, 10);
        assertEquals(0.5, e.p());
        assertEquals(0.236593, e.lo(), 1e-6);
        assertEquals(0.763407, e.hi(), 1e-6);
        // 0/10: [0, z²/(n + z²)] = [0, 0.27753]
        ProbabilityEstimate z = ProbabilityEstimate.wilson(0, 10);
        assertEquals(0.0, z.lo());
        assertEquals(3.841459 / 13.841459, z.hi(), 1e-6);
        assertEquals(1.0, ProbabilityEstimate.wilson(10, 10).hi());
        assertEquals(Double.NaN, ProbabilityEstimate.wilson(0, 0).p());
        assertThrows(IllegalArgumentException.class, () -> ProbabilityEstimate.wilson(11, 10));
    }

    @Test
    void chanMergeMatchesOnePassWelford() {
        UniformRandomProvider rng = new SplitMix64(1L);
        Welford welford = new Welford();
        Moments merged = new Moments();
        for (int block = 0; block < 50; block++) {
            Moments b = new Moments();
            int n = 1 + rng.nextInt(500);
            for (int i = 0; i < n; i++) {
                double x = 1e6 + rng.nextDouble() * block;
                welford.add(x);
                b.merge(1, x, 0.0, x, x);
            }
            merged.merge(b.n(), b.mean(), b.m2(), b.min(), b.max());
        }
        assertEquals(welford.n, merged.n());
        assertEquals(welford.mean, merged.mean(), 1e-14 * welford.mean);
        assertEquals(welford.m2 / (welford.n - 1), merged.variance(), 1e-9 * merged.variance());
        assertEquals(welford.min, merged.min());
        assertEquals(welford.max, merged.max());
    }

    /** The independent oracle: Welford's one-pass update, written out here. */
    private static final class Welford {
        long n;
        double mean;
        double m2;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double x) {
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
    }

    @Test
    void accumulatorKindsCountCensoringInvalidAndOverflow() {
        OutputAccumulator t = new OutputAccumulator(OutputSpec.time("t", 24.0));
        for (double v : new double[] {1, 2, 3, 25, Double.POSITIVE_INFINITY, Double.NaN, 24.0}) {
            t.add(v);
        }
        OutputSummary s = t.summary();
        assertEquals(7, s.n());
        assertEquals(3, s.censored());
        assertEquals(4, s.mean().n());
        assertEquals(7.5, s.mean().mean());
        assertEquals(1, s.histogram().count(s.histogram().bins() - 1)); // t = 24 lands in the last bin
        assertEquals(3, s.histogram().overflow());
        assertEquals(4.0 / 7, s.probability().p());

        OutputAccumulator v = new OutputAccumulator(OutputSpec.logValue("c", "EUR", 1, 100, 2));
        for (double x : new double[] {0.5, 5, 50, 500, Double.NaN, Double.NEGATIVE_INFINITY, -3}) {
            v.add(x);
        }
        OutputSummary vs = v.summary();
        assertEquals(1, vs.invalid());
        assertEquals(3, vs.histogram().underflow()); // 0.5, -inf, -3
        assertEquals(1, vs.histogram().overflow());
        assertEquals(1, vs.histogram().count(0));
        assertEquals(1, vs.histogram().count(1));
        assertEquals(10.0, vs.histogram().edge(1), 1e-12);
        assertEquals(5, vs.mean().n()); // finite values: 0.5, 5, 50, 500, -3

        OutputAccumulator w = new OutputAccumulator(OutputSpec.indicator("w"));
        for (double x : new double[] {1, 0, 1, Double.NaN}) {
            w.add(x);
        }
        assertEquals(2, w.summary().probability().successes());
        assertEquals(3, w.summary().probability().n());
        assertEquals(0, w.summary().percentiles().size());
    }

    @Test
    void percentileInterpolatesWithinBinsAndIntervalIsOrderStatistic() {
        // 1000 values evenly spread over [0, 10): 100 bins of 10 each.
        OutputAccumulator a = new OutputAccumulator(OutputSpec.value("x", "-", 0, 10, 100));
        for (int i = 0; i < 1000; i++) {
            a.add((i + 0.5) / 100.0);
        }
        Histogram h = a.summary().histogram();
        assertEquals(5.0, h.valueAtRank(500), 1e-12);
        assertEquals(2.5, h.valueAtRank(250), 1e-12);
        PercentileEstimate p50 = a.summary().percentile(0.5);
        double s = 1.959963984540054 * Math.sqrt(250.0);
        assertEquals(5.0, p50.value(), 1e-12);
        assertEquals((500 - s) / 100, p50.lo(), 1e-12);
        assertEquals((500 + s) / 100, p50.hi(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, new Histogram(0, 1, false, new long[] {1}, 0, 3).valueAtRank(2));
        assertEquals(Double.NEGATIVE_INFINITY, new Histogram(0, 1, false, new long[] {1}, 3, 0).valueAtRank(2));
    }

    @Test
    void drainingIntegerStateIsOrderFreeAndEmptiesTheAccumulator() {
        OutputSpec t = OutputSpec.time("t", 24.0);
        OutputAccumulator a = new OutputAccumulator(t);
        OutputAccumulator b = new OutputAccumulator(t);
        a.add(1);
        a.add(30);
        b.add(2);
        long[] ab = new long[OutputAccumulator.integerLength(t)];
        long[] ba = new long[OutputAccumulator.integerLength(t)];
        OutputAccumulator a2 = new OutputAccumulator(t);
        a2.add(1);
        a2.add(30);
        OutputAccumulator b2 = new OutputAccumulator(t);
        b2.add(2);
        a.drainIntegersInto(ab);
        b.drainIntegersInto(ab);
        b2.drainIntegersInto(ba);
        a2.drainIntegersInto(ba);
        assertArrayEquals(ab, ba);
        // hand count: 3 values, 1 censored (30 > 24), two in the bins of t = 1 and t = 2
        assertEquals(3, ab[0]);
        assertEquals(1, ab[1]);
        assertEquals(1, ab[6 + 732]);
        assertEquals(1, ab[6 + 2 * 732]);
        assertEquals(0, a.total());
        assertThrows(IllegalArgumentException.class, () -> a.drainIntegersInto(new long[3]));
    }
}

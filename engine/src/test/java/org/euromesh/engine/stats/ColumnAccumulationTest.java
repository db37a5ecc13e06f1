package org.euromesh.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

/**
 * {@link OutputAccumulator#addAll} (the sampler's path: one column of values at a time) must give
 * the same bits however the values are split into columns — one value per call ({@link
 * OutputAccumulator#add}) or random column lengths, with flushes and the 0/1 fast path falling at
 * different places — for every kind of output and every awkward value (what each kind counts is
 * checked by hand-computed cases in {@code StatsTest}); and the fast log-bin lookup must put every
 * value in the bin whose exact edges ({@link Histogram#edge}) enclose it. Deterministic: fixed
 * seeds, exact comparisons.
 */
class ColumnAccumulationTest {

    private static final long SEED = 20261121L;

    private static final double[] AWKWARD = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        -0.0, 0.0, 1.0, 0.5, 24.0, 24.000000001, -1e-300, Double.MIN_VALUE, 1e300};

    @Test
    void columnsGiveTheBitsOfValueByValueForEveryKind() {
        OutputSpec[] specs = {OutputSpec.time("t", 24.0), OutputSpec.indicator("w"),
            OutputSpec.value("lead", "years", -24, 24, 17568), OutputSpec.logValue("cost", "EUR", 1e3, 1e9, 3000),
            OutputSpec.value("rank", "rank", 0.5, 7.5, 14)};
        for (OutputSpec spec : specs) {
            for (int mode = 0; mode < 4; mode++) {
                double[] values = values(spec, mode, 200_003);
                OutputAccumulator one = new OutputAccumulator(spec);
                for (double v : values) {
                    one.add(v);
                }
                OutputAccumulator columns = new OutputAccumulator(spec);
                UniformRandomProvider rng = new SplitMix64(SEED + mode);
                double[] column = new double[300];
                for (int at = 0; at < values.length; ) {
                    int n = Math.min(values.length - at, rng.nextInt(301)); // empty columns too
                    System.arraycopy(values, at, column, 0, n);
                    columns.addAll(column, n);
                    at += n;
                }
                assertSameState(spec.name() + " mode " + mode, one, columns);
            }
        }
    }

    /**
     * mode 0: typical values; 1: with awkward values sprinkled in; 2: only 0/1 (the indicator fast
     * path) then one 0.7 part-way; 3: a constant value.
     */
    private static double[] values(OutputSpec spec, int mode, int n) {
        UniformRandomProvider rng = new SplitMix64(SEED ^ (31L * mode + spec.name().hashCode()));
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            v[i] = switch (mode) {
                case 0, 1 -> spec.log() ? Math.exp(Math.log(spec.lo()) + u * 1.2 * Math.log(spec.hi() / spec.lo()))
                        : spec.lo() + (u * 1.1 - 0.05) * (spec.hi() - spec.lo());
                case 2 -> u < 0.3 ? 1.0 : 0.0;
                default -> 3.0;
            };
            if (mode == 1 && rng.nextInt(50) == 0) {
                v[i] = AWKWARD[rng.nextInt(AWKWARD.length)];
            }
        }
        if (mode == 2) {
            v[n / 2] = 0.7;
        }
        return v;
    }

    private static void assertSameState(String what, OutputAccumulator a, OutputAccumulator b) {
        Moments ma = a.moments();
        Moments mb = b.moments();
        assertEquals(ma.n(), mb.n(), what);
        assertEquals(Double.doubleToRawLongBits(ma.mean()), Double.doubleToRawLongBits(mb.mean()), what + " mean");
        assertEquals(Double.doubleToRawLongBits(ma.m2()), Double.doubleToRawLongBits(mb.m2()), what + " m2");
        assertEquals(Double.doubleToRawLongBits(ma.min()), Double.doubleToRawLongBits(mb.min()), what + " min");
        assertEquals(Double.doubleToRawLongBits(ma.max()), Double.doubleToRawLongBits(mb.max()), what + " max");
        assertEquals(a.total(), b.total(), what);
        assertEquals(a.censored(), b.censored(), what);
        assertEquals(a.invalid(), b.invalid(), what);
        assertEquals(a.successes(), b.successes(), what);
        assertEquals(a.summary().histogram(), b.summary().histogram(), what + " histogram");
    }

    @Test
    void logBinsHonourTheirExactEdgesAtAndAroundEveryEdge() {
        OutputSpec spec = OutputSpec.logValue("energy", "MWh", 3.7e2, 3.7e8, 3000);
        Histogram edges = new OutputAccumulator(spec).summary().histogram();
        for (int i = 0; i < edges.bins(); i++) {
            // edge(0) is exp(ln lo), which may round just below lo; below lo is underflow
            double e = i == 0 ? spec.lo() : edges.edge(i);
            for (double v : new double[] {e, Math.nextUp(e), Math.nextDown(edges.edge(i + 1)),
                    e + 0.5 * (edges.edge(i + 1) - e)}) {
                OutputAccumulator a = new OutputAccumulator(spec);
                a.addAll(new double[] {v}, 1);
                Histogram h = a.summary().histogram();
                int bin = binOf(h);
                assertTrue(bin >= 0, "value " + v + " not binned");
                // the value lies in [edge(bin), edge(bin + 1)), the last bin closed at hi
                assertTrue((bin == 0 ? h.lo() : h.edge(bin)) <= v && (v < h.edge(bin + 1) || bin == h.bins() - 1 && v <= h.hi()),
                        "value " + v + " in bin " + bin + " = [" + h.edge(bin) + ", " + h.edge(bin + 1) + ")");
            }
        }
    }

    @Test
    void logBinsOfRandomValuesMatchTheDefinitionByBisection() {
        OutputSpec spec = OutputSpec.logValue("carbon", "t", 0.02, 2e4, 3000);
        Histogram edges = new OutputAccumulator(spec).summary().histogram();
        double[] edge = new double[edges.bins() + 1];
        for (int i = 0; i <= edges.bins(); i++) {
            edge[i] = edges.edge(i);
        }
        UniformRandomProvider rng = new SplitMix64(SEED);
        OutputAccumulator a = new OutputAccumulator(spec);
        long[] expected = new long[edges.bins()];
        double[] column = new double[256];
        for (int k = 0; k < 2000; k++) {
            for (int j = 0; j < column.length; j++) {
                double v = 0.02 * Math.pow(1e6, rng.nextDouble());
                column[j] = v;
                int at = Arrays.binarySearch(edge, v);
                int bin = at >= 0 ? at : -at - 2;
                expected[Math.min(bin, edges.bins() - 1)]++;
            }
            a.addAll(column, column.length);
        }
        assertEquals(Arrays.toString(expected), Arrays.toString(a.summary().histogram().counts()));
    }

    /**
     * Bins are ints widened into longs before 2^31 values could overflow one: with a widen limit
     * of 1,000 values (so the widening runs ~200 times, between and across drains) the histogram,
     * the counts and the drained integer state are those of an accumulator that never widens.
     */
    @Test
    void widenedIntBinsCountAsNeverWidenedOnes() {
        OutputSpec[] specs = {OutputSpec.time("t", 24.0), OutputSpec.indicator("w"),
            OutputSpec.value("lead", "years", -24, 24, 17568), OutputSpec.logValue("cost", "EUR", 1e3, 1e9, 3000)};
        for (OutputSpec spec : specs) {
            double[] values = values(spec, 1, 200_003);
            OutputAccumulator plain = new OutputAccumulator(spec);
            OutputAccumulator widening = new OutputAccumulator(spec, 1_000);
            long[] drainedPlain = new long[OutputAccumulator.integerLength(spec)];
            long[] drainedWidening = new long[drainedPlain.length];
            UniformRandomProvider rng = new SplitMix64(SEED + 7);
            double[] column = new double[300];
            for (int at = 0, calls = 0; at < values.length; calls++) {
                int n = Math.min(values.length - at, rng.nextInt(301));
                System.arraycopy(values, at, column, 0, n);
                plain.addAll(column, n);
                widening.addAll(column, n);
                at += n;
                if (calls == 400) {
                    assertEquals(plain.summary().histogram(), widening.summary().histogram(), spec.name());
                    plain.drainIntegersInto(drainedPlain);
                    widening.drainIntegersInto(drainedWidening);
                }
            }
            assertSameState(spec.name(), plain, widening);
            plain.drainIntegersInto(drainedPlain);
            widening.drainIntegersInto(drainedWidening);
            assertEquals(Arrays.toString(drainedPlain), Arrays.toString(drainedWidening), spec.name());
            assertEquals(values.length, drainedPlain[0], spec.name() + " total");
        }
        assertThrows(IllegalArgumentException.class, () -> new OutputAccumulator(specs[0], 0));
    }

    @Test
    void addAllRejectsACountBeyondTheArray() {
        OutputAccumulator a = new OutputAccumulator(OutputSpec.time("t", 24.0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.addAll(new double[2], 3));
        assertThrows(IndexOutOfBoundsException.class, () -> a.addAll(new double[2], -1));
    }

    private static int binOf(Histogram h) {
        for (int i = 0; i < h.bins(); i++) {
            if (h.count(i) > 0) {
                return i;
            }
        }
        return -1;
    }
}

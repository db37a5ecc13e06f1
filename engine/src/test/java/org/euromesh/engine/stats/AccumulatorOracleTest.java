package org.euromesh.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

/**
 * {@link OutputAccumulator}'s column loops (the indicator fast path with NaNs, the branch-free
 * keep, log bins in two passes, the laned small histograms, widening) against an oracle written
 * here from the class comment's rules, one value at a time with no fast path: the pending shifted
 * sums, a flush every 65,536 values and at every read, Chan's merge, and each value's bin found by
 * its definition (linear: {@code (int) ((v − lo)·bins/(hi − lo))}; log: bisection over
 * {@link Histogram#edge}). About 180,000 values per case, so flushes fall both at reads and at
 * 65,536 pending values. Every moment must agree bit for bit and every count exactly, for random
 * column lengths and reads of the moments at random places (the sampler reads them once per block).
 * Deterministic: fixed seeds, exact comparisons, so it cannot fail by chance.
 */
class AccumulatorOracleTest {

    private static final long SEED = 20261201L;
    private static final int MAX_PENDING = 1 << 16;

    @Test
    void columnLoopsGiveTheOraclesBitsForEveryKindAndMix() {
        OutputSpec[] specs = {OutputSpec.time("t", 24.0), OutputSpec.indicator("w"),
            OutputSpec.value("lead", "years", -24, 24, 17568), OutputSpec.logValue("cost", "EUR", 1e3, 1e9, 3000),
            OutputSpec.value("rank", "rank", 0.75, 7.25, 13).asDiscrete(),
            OutputSpec.value("sites", "sites", -0.5, 1000.5, 1001).asDiscrete()};
        for (OutputSpec spec : specs) {
            for (int mix = 0; mix < 5; mix++) {
                for (long widenLimit : new long[] {Integer.MAX_VALUE, 777}) {
                    check(spec, mix, widenLimit);
                }
            }
        }
    }

    private static void check(OutputSpec spec, int mix, long widenLimit) {
        String what = spec.name() + " mix " + mix + " widen " + widenLimit;
        UniformRandomProvider rng = new SplitMix64(SEED + 31L * mix + spec.name().hashCode());
        OutputAccumulator acc = new OutputAccumulator(spec, widenLimit);
        Oracle oracle = new Oracle(spec);
        Moments accBlocks = new Moments();
        double[] column = new double[300];
        for (int calls = 0; calls < 1200; calls++) {
            int n = rng.nextInt(column.length + 1); // empty columns too
            for (int j = 0; j < n; j++) {
                column[j] = value(spec, mix, rng, oracle.logEdges);
            }
            acc.addAll(column, n);
            for (int j = 0; j < n; j++) {
                oracle.add(column[j]);
            }
            if (rng.nextInt(300) == 0) {
                // the end of a "block": both fold their pending sums and start fresh moments
                Moments m = acc.moments();
                accBlocks.merge(m.n(), m.mean(), m.m2(), m.min(), m.max());
                m.reset();
                oracle.endBlock();
            }
        }
        Moments m = acc.moments();
        accBlocks.merge(m.n(), m.mean(), m.m2(), m.min(), m.max());
        oracle.endBlock();
        Moments o = oracle.moments;
        assertEquals(o.n(), accBlocks.n(), what + " n");
        assertEquals(bits(o.mean()), bits(accBlocks.mean()), what + " mean " + o.mean() + " vs " + accBlocks.mean());
        assertEquals(bits(o.m2()), bits(accBlocks.m2()), what + " m2 " + o.m2() + " vs " + accBlocks.m2());
        assertEquals(bits(o.min()), bits(accBlocks.min()), what + " min");
        assertEquals(bits(o.max()), bits(accBlocks.max()), what + " max");
        assertEquals(oracle.total, acc.total(), what + " total");
        assertEquals(oracle.censored, acc.censored(), what + " censored");
        assertEquals(oracle.invalid, acc.invalid(), what + " invalid");
        assertEquals(oracle.successes, acc.successes(), what + " successes");
        Histogram h = acc.summary().histogram();
        assertEquals(Arrays.toString(oracle.counts), Arrays.toString(h.counts()), what + " bins");
        assertEquals(oracle.underflow, h.underflow(), what + " underflow");
        assertEquals(oracle.overflow, h.overflow(), what + " overflow");
        long[] drained = new long[OutputAccumulator.integerLength(spec)];
        acc.drainIntegersInto(drained);
        long[] expected = new long[drained.length];
        expected[0] = oracle.total;
        expected[1] = oracle.censored;
        expected[2] = oracle.invalid;
        expected[3] = oracle.successes;
        expected[4] = oracle.underflow;
        expected[5] = oracle.overflow;
        System.arraycopy(oracle.counts, 0, expected, 6, oracle.counts.length);
        assertEquals(Arrays.toString(expected), Arrays.toString(drained), what + " drained");
    }

    /**
     * mix 0: what a model writes (0/1 for an indicator, integers or half-ranks for a discrete
     * output, spread values otherwise); 1: the same with NaNs (a quarter); 2: the same with
     * infinities, −0.0 and values out of range; 3: runs of one value (a few bins take everything);
     * 4: anything, including 0.5, subnormals and values next to log-bin edges.
     */
    private static double value(OutputSpec spec, int mix, UniformRandomProvider rng, double[] logEdges) {
        double u = rng.nextDouble();
        double typical;
        if (spec.kind() == OutputKind.INDICATOR) {
            typical = u < 0.3 ? 1.0 : 0.0;
        } else if (spec.discrete()) {
            double width = (spec.hi() - spec.lo()) / spec.bins();
            typical = spec.lo() + (Math.min(rng.nextInt(12), spec.bins() - 1) + 0.5) * width;
        } else if (spec.log()) {
            typical = spec.lo() * Math.pow(spec.hi() / spec.lo(), u);
        } else {
            typical = spec.lo() + u * (spec.hi() - spec.lo());
        }
        switch (mix) {
            case 1:
                return rng.nextInt(4) == 0 ? Double.NaN : typical;
            case 2: {
                double[] odd = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, spec.lo() - 1,
                    spec.hi() * 2, spec.hi(), spec.lo()};
                return rng.nextInt(5) == 0 ? odd[rng.nextInt(odd.length)] : typical;
            }
            case 3:
                return rng.nextInt(50) == 0 ? typical : spec.lo() + 0.5 * (spec.hi() - spec.lo()) / spec.bins();
            case 4: {
                double[] odd = {0.5, Double.MIN_VALUE, -1e-300, 1e300, Double.NaN, 1.0, 0.0};
                if (spec.log() && rng.nextInt(3) == 0) {
                    double e = logEdges[1 + rng.nextInt(spec.bins() - 1)];
                    return rng.nextBoolean() ? e : Math.nextDown(e);
                }
                return rng.nextInt(4) == 0 ? odd[rng.nextInt(odd.length)] : typical;
            }
            default:
                return typical;
        }
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    /** The rules of {@link OutputAccumulator}'s class comment, value by value. */
    private static final class Oracle {
        final OutputSpec spec;
        final long[] counts;
        final double[] logEdges;
        final Moments moments = new Moments();
        Moments block = new Moments();
        long total;
        long censored;
        long invalid;
        long successes;
        long underflow;
        long overflow;
        long pn;
        double shift;
        double s1;
        double s2;
        double pmin = Double.POSITIVE_INFINITY;
        double pmax = Double.NEGATIVE_INFINITY;

        Oracle(OutputSpec spec) {
            this.spec = spec;
            this.counts = new long[spec.bins()];
            if (spec.log()) {
                Histogram h = new Histogram(spec.lo(), spec.hi(), true, new long[spec.bins()], 0, 0);
                logEdges = new double[spec.bins() + 1];
                for (int i = 0; i <= spec.bins(); i++) {
                    logEdges[i] = h.edge(i);
                }
                logEdges[0] = spec.lo();
            } else {
                logEdges = null;
            }
        }

        void add(double v) {
            total++;
            switch (spec.kind()) {
                case TIME:
                    if (!(v <= spec.hi())) {
                        censored++;
                        overflow++;
                        return;
                    }
                    break;
                case INDICATOR:
                    if (v != v) {
                        invalid++;
                        return;
                    }
                    successes += v > 0.5 ? 1 : 0;
                    break;
                default:
                    if (v != v) {
                        invalid++;
                        return;
                    }
                    if (v == Double.POSITIVE_INFINITY) {
                        overflow++;
                        return;
                    }
                    if (v == Double.NEGATIVE_INFINITY) {
                        underflow++;
                        return;
                    }
                    break;
            }
            if (pn == MAX_PENDING) {
                flush();
            }
            if (pn == 0) {
                shift = v;
            }
            double y = v - shift;
            s1 += y;
            s2 += y * y;
            pmin = v < pmin ? v : pmin;
            pmax = v > pmax ? v : pmax;
            pn++;
            bin(v);
        }

        private void bin(double v) {
            if (!(v >= spec.lo())) {
                underflow++;
                return;
            }
            if (v > spec.hi()) {
                overflow++;
                return;
            }
            int i;
            if (spec.log()) {
                // the last edge at or below v: bins are [edge(i), edge(i + 1)), the last closed at hi
                int at = Arrays.binarySearch(logEdges, v);
                i = at >= 0 ? at : -at - 2;
            } else {
                i = (int) ((v - spec.lo()) * (spec.bins() / (spec.hi() - spec.lo())));
            }
            counts[Math.min(i, spec.bins() - 1)]++;
        }

        private void flush() {
            if (pn == 0) {
                return;
            }
            double n = pn;
            block.merge(pn, shift + s1 / n, Math.max(0.0, s2 - s1 * (s1 / n)), pmin, pmax);
            pn = 0;
            s1 = 0;
            s2 = 0;
            pmin = Double.POSITIVE_INFINITY;
            pmax = Double.NEGATIVE_INFINITY;
        }

        void endBlock() {
            flush();
            moments.merge(block.n(), block.mean(), block.m2(), block.min(), block.max());
            block = new Moments();
        }
    }
}

package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.PercentileEstimate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Same seed, same bits, whatever the thread count. */
class ReproducibilityTest {

    /** Every output kind, censoring, NaN, log bins, a headline. */
    static Model mixed() {
        return new ToyModel(ToyModel.independent(new String[] {"a", "b", "c"}, TestDistribution.exponential(0.3),
                TestDistribution.normal(0, 1), TestDistribution.uniform(1, 1000)),
                List.of(OutputSpec.time("t", 24.0), OutputSpec.indicator("win"), OutputSpec.value("v", "-", -3, 3, 600),
                        OutputSpec.logValue("cost", "EUR", 1, 1e4, 400)),
                (x, y) -> {
                    y[0] = x[0];
                    y[1] = x[0] < 2 + x[1] ? 1 : 0;
                    y[2] = x[1] > 2.5 ? Double.NaN : x[1] * x[0];
                    y[3] = x[2] * (1 + x[0]);
                });
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void bitIdenticalOnOneTwoAndEightThreads(SamplingMethod method) {
        // 41 blocks of 512 (+ a partial one of 77): three waves, workers take blocks in any order.
        RunSpec spec = RunSpec.of(424242L, 40 * 512 + 77).withBlockSize(512).withMethod(method).withHeadline("win");
        RunResult one = Sampler.run(mixed(), spec.withThreads(1));
        RunResult two = Sampler.run(mixed(), spec.withThreads(2));
        RunResult eight = Sampler.run(mixed(), spec.withThreads(8));
        assertEquals(one, two);
        assertEquals(one, eight);
        assertEquals(41, one.trace().size()); // one point per block
        for (int o = 0; o < one.outputs().size(); o++) {
            sameBits(one.outputs().get(o), two.outputs().get(o));
            sameBits(one.outputs().get(o), eight.outputs().get(o));
        }
        // and a different seed gives a different result
        assertNotEquals(one, Sampler.run(mixed(), spec.withSeed(424243L)));
    }

    private static void sameBits(OutputSummary a, OutputSummary b) {
        long[] x = bits(a);
        long[] y = bits(b);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], y[i], a.name() + " number " + i);
        }
        assertEquals(a.histogram(), b.histogram());
        assertTrue(a.mean().n() > 0);
    }

    private static long[] bits(OutputSummary s) {
        double[] v = new double[5 + 3 * s.percentiles().size()];
        v[0] = s.mean().mean();
        v[1] = s.mean().standardError();
        v[2] = s.sd();
        v[3] = s.min();
        v[4] = s.max();
        int i = 5;
        for (PercentileEstimate p : s.percentiles()) {
            v[i++] = p.value();
            v[i++] = p.lo();
            v[i++] = p.hi();
        }
        long[] out = new long[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = Double.doubleToRawLongBits(v[k]);
        }
        return out;
    }
}

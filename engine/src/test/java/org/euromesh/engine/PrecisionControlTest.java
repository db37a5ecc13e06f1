package org.euromesh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionControlTest {

    /** An indicator with p = 0.3. */
    private static Model coin() {
        return new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.indicator("win")), (x, y) -> y[0] = x[0] < 0.3 ? 1 : 0);
    }

    @Test
    void stopsAtTheFirstWaveMeetingTheTargetWithTheSameNOnAnyThreadCount() {
        // Half-width 0.01 at p = 0.3 needs n ≈ 1.96² · 0.21 / 0.01² ≈ 8,067: waves of 16 × 256 = 4,096.
        RunSpec spec = RunSpec.ofPrecision(77, "win", 0.01, 1_000_000).withBlockSize(256);
        RunResult one = Sampler.run(coin(), spec.withThreads(1));
        RunResult two = Sampler.run(coin(), spec.withThreads(2));
        assertTrue(one.targetMet());
        assertEquals(one.samples(), two.samples());
        assertEquals(one, two);
        assertTrue(one.samples() == 8192 || one.samples() == 12288, () -> "stopped at " + one.samples());
        List<ConvergencePoint> trace = one.trace();
        // One trace point per block; the run can only stop at a wave's end, so the point one wave
        // earlier had not met the target.
        assertEquals(one.samples() / 256, trace.size());
        assertTrue(trace.get(trace.size() - 1).estimate().halfWidth() <= 0.01);
        assertTrue(trace.get(trace.size() - 1 - RunSpec.WAVE_BLOCKS).estimate().halfWidth() > 0.01);
        assertEquals(one.samples(), trace.get(trace.size() - 1).samples());
        assertEquals(one.output("win").probability(), trace.get(trace.size() - 1).estimate());
    }

    @Test
    void reportsTargetNotMetAtTheCapIncludingAPartialLastBlock() {
        RunSpec spec = RunSpec.ofPrecision(77, "win", 0.001, 10_000).withBlockSize(256).withThreads(2);
        RunResult r = Sampler.run(coin(), spec);
        assertFalse(r.targetMet());
        assertEquals(10_000, r.samples());
        assertEquals(10_000, r.output("win").n());
        assertTrue(r.trace().get(r.trace().size() - 1).estimate().halfWidth() > 0.001);
    }

    @Test
    void fixedRunsHaveNoTargetButTraceTheHeadline() {
        RunResult r = Sampler.run(coin(), RunSpec.of(1, 10_000).withBlockSize(100).withHeadline("win"));
        assertFalse(r.targetMet());
        assertEquals(100, r.trace().size()); // one point per block
        assertEquals(r.output("win").probability(), r.trace().get(99).estimate());
        assertTrue(Sampler.run(coin(), RunSpec.of(1, 10_000)).trace().isEmpty());
    }
}

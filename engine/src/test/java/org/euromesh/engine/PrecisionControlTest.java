package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;

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
    void stopsAtTheFirstBlockMeetingTheTargetWithTheSameNOnAnyThreadCount() {
        // Half-width 0.01 at p = 0.3 needs n ≈ 1.96² · 0.21 / 0.01² ≈ 8,067, i.e. about 32 blocks of 256.
        RunSpec spec = RunSpec.ofPrecision(77, "win", 0.01, 1_000_000).withBlockSize(256);
        RunResult one = Sampler.run(coin(), spec.withThreads(1));
        RunResult two = Sampler.run(coin(), spec.withThreads(2));
        RunResult eight = Sampler.run(coin(), spec.withThreads(8));
        assertTrue(one.targetMet());
        assertEquals(one, two);
        assertEquals(one, eight);
        assertTrue(one.samples() >= 7_000 && one.samples() <= 9_500, () -> "stopped at " + one.samples());
        List<ConvergencePoint> trace = one.trace();
        // One trace point per block; the run stops after the first block that meets the target,
        // so the point one block earlier had not met it.
        assertEquals(one.samples() / 256, trace.size());
        assertTrue(trace.get(trace.size() - 1).estimate().halfWidth() <= 0.01);
        assertTrue(trace.get(trace.size() - 2).estimate().halfWidth() > 0.01);
        assertEquals(one.samples(), trace.get(trace.size() - 1).samples());
        assertEquals(one.output("win").probability(), trace.get(trace.size() - 1).estimate());
        // The stopping block is not a wave boundary in general: the run is not a multiple of 16 blocks.
        Model coin = coin();
        assertEquals(one, Sampler.run(coin, spec.withThreads(2), (from, to) -> Sampler.runBlocks(coin,
                spec, from, to), ProgressListener.NONE, 3));
    }

    @Test
    void aTargetMetInTheFirstBlocksCostsAFewBlocksNotAWholeWave() {
        // p = 0.3, half-width 0.05 needs n ≈ 323: the second block of 256 meets it.
        Model coin = coin();
        RunSpec spec = RunSpec.ofPrecision(77, "win", 0.05, 1_000_000).withBlockSize(256).withThreads(2);
        java.util.List<long[]> ranges = new java.util.ArrayList<>();
        RunResult r = Sampler.run(coin, spec, (from, to) -> {
            ranges.add(new long[] {from, to});
            return Sampler.runBlocks(coin, spec, from, to);
        }, ProgressListener.NONE, 32);
        assertEquals(512, r.samples());
        assertEquals(Sampler.run(coin, spec), r);
        // Waves of 2, then 4, ... blocks (32 / 16 to start): the first wave already holds the stop.
        long evaluated = ranges.stream().mapToLong(x -> x[1] - x[0]).sum();
        assertTrue(evaluated <= 4, () -> "evaluated " + evaluated + " blocks");
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

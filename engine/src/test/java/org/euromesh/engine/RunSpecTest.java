package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunSpecTest {

    private static void rejects(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        rejects("samples must be > 0, got 0", () -> RunSpec.of(1, 0));
        rejects("samples must be > 0, got -5", () -> RunSpec.of(1, -5));
        rejects("threads must be > 0, got 0", () -> RunSpec.of(1, 10).withThreads(0));
        rejects("threads must be > 0, got -1", () -> RunSpec.of(1, 10).withThreads(-1));
        rejects("blockSize must be > 0, got 0", () -> RunSpec.of(1, 10).withBlockSize(0));
        rejects("blockSize must be > 0, got -3", () -> RunSpec.of(1, 10).withBlockSize(-3));
        rejects("in (0, 0.5), got 0.0", () -> RunSpec.ofPrecision(1, "win", 0.0, 1000));
        rejects("in (0, 0.5), got -0.01", () -> RunSpec.ofPrecision(1, "win", -0.01, 1000));
        rejects("in (0, 0.5), got 0.5", () -> RunSpec.ofPrecision(1, "win", 0.5, 1000));
        rejects("in (0, 0.5), got NaN", () -> RunSpec.ofPrecision(1, "win", Double.NaN, 1000));
        rejects("maxSamples must be > 0, got 0", () -> RunSpec.ofPrecision(1, "win", 0.01, 0));
        rejects("needs a headline", () -> new RunSpec(1, 10, SamplingMethod.MC, 1, 10, null, 0.01));
        rejects("must not be blank", () -> RunSpec.of(1, 10).withHeadline(" "));
        rejects("at most 2^52", () -> RunSpec.of(1, (1L << 52) + 1).withMethod(SamplingMethod.SOBOL));
    }

    @Test
    void blocksAndPartialLastBlock() {
        RunSpec s = RunSpec.of(1, 1000).withBlockSize(256);
        assertEquals(4, s.blocks());
        assertEquals(256, s.blockLength(0));
        assertEquals(1000 - 3 * 256, s.blockLength(3));
        assertThrows(IndexOutOfBoundsException.class, () -> s.blockLength(4));
        assertEquals(RunSpec.DEFAULT_BLOCK_SIZE, RunSpec.of(1, 10).blockSize());
    }

    @Test
    void identityIgnoresThreads() {
        assertEquals(RunSpec.of(3, 10).withThreads(1), RunSpec.of(3, 10).withThreads(8).identity());
    }

    @Test
    void headlineMustBeAnIndicatorOutputOfTheModel() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.time("t", 24.0), OutputSpec.indicator("win")), (x, y) -> {
                    y[0] = x[0];
                    y[1] = x[0] < 0.5 ? 1 : 0;
                });
        rejects("not an output", () -> Sampler.run(m, RunSpec.of(1, 10).withHeadline("nope")));
        rejects("must be an INDICATOR", () -> Sampler.run(m, RunSpec.of(1, 10).withHeadline("t")));
    }
}

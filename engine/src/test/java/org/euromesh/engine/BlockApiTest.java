package org.euromesh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The public block API: blocks run as separate partials, on any thread count, serialised and read
 * back, then merged in block order, finish into exactly the result of the local runner.
 */
class BlockApiTest {

    /** Every output kind: a time with censoring, an indicator, a value, a derived difference. */
    private static final Model MODEL = new ToyModel(
            ToyModel.independent(new String[] {"a", "b"}, TestDistribution.uniform(0, 30), TestDistribution.uniform(0, 30)),
            List.of(OutputSpec.time("t", 24.0), OutputSpec.indicator("win"), OutputSpec.value("v", "-", 0, 900, 90),
                    OutputSpec.difference("d", "years", "t", "t2", -30, 30, 60), OutputSpec.time("t2", 24.0)),
            (x, y) -> {
                y[0] = x[0];
                y[1] = x[0] < x[1] ? 1 : 0;
                y[2] = x[0] * x[1];
                y[4] = x[1];
                y[3] = (y[0] <= 24 ? y[0] : Double.POSITIVE_INFINITY) - (y[4] <= 24 ? y[4] : Double.POSITIVE_INFINITY);
            });

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void threePartialsMergedInOrderEqualTheLocalRunner(SamplingMethod method) throws IOException {
        RunSpec spec = RunSpec.of(20260601L, 10 * 1000 + 17).withBlockSize(1000).withMethod(method)
                .withHeadline("win");
        RunResult local1 = Sampler.run(MODEL, spec.withThreads(1));
        RunResult local2 = Sampler.run(MODEL, spec.withThreads(2));
        assertEquals(local1, local2);
        // 11 blocks cut into three uneven ranges, each run on a different thread count
        Partial p1 = Sampler.runBlocks(MODEL, spec.withThreads(3), 0, 4);
        Partial p2 = roundTrip(Sampler.runBlocks(MODEL, spec.withThreads(1), 4, 5));
        Partial p3 = javaRoundTrip(Sampler.runBlocks(MODEL, spec.withThreads(2), 5, 11));
        RunResult merged = Sampler.finish(MODEL, p1.merge(p2).merge(p3));
        assertEquals(local1, merged);
        // merging the later two first (neither starts at 0) gives the same
        assertEquals(local1, Sampler.finish(MODEL, p1.merge(p2.merge(p3))));
        assertEquals(local1, Sampler.finish(MODEL, Partial.mergeInOrder(List.of(p1, p2, p3))));
        assertEquals(local1.trace(), merged.trace());
    }

    @Test
    void partialsOfAnotherRunOrOutOfOrderAreRefused() {
        RunSpec spec = RunSpec.of(1, 5000).withBlockSize(1000);
        Partial a = Sampler.runBlocks(MODEL, spec, 0, 2);
        Partial b = Sampler.runBlocks(MODEL, spec, 2, 5);
        Partial other = Sampler.runBlocks(MODEL, spec.withSeed(2), 2, 5);
        assertThrows(IllegalArgumentException.class, () -> b.merge(a));
        assertThrows(IllegalArgumentException.class, () -> a.merge(other));
        assertThrows(IllegalArgumentException.class, () -> a.merge(Sampler.runBlocks(MODEL, spec, 3, 5)));
        assertThrows(IllegalArgumentException.class, () -> Sampler.finish(MODEL, a));
        assertThrows(IllegalArgumentException.class, () -> Sampler.finish(MODEL, b));
        Model different = new ToyModel(ToyModel.independent(new String[] {"a", "b"}, TestDistribution.uniform(0, 31), TestDistribution.uniform(0, 31)),
                MODEL.outputs(), (x, y) -> { });
        assertThrows(IllegalArgumentException.class, () -> Sampler.finish(different, a.merge(b)));
        assertThrows(IllegalArgumentException.class, () -> Sampler.runBlocks(MODEL, spec, 4, 6));
    }

    @Test
    void aTruncatedOrForeignBinaryIsRefused() throws IOException {
        Partial p = Sampler.runBlocks(MODEL, RunSpec.of(1, 3000).withBlockSize(1000), 1, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.writeTo(new DataOutputStream(bytes));
        byte[] all = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        assertThrows(IOException.class, () -> Partial.readFrom(new DataInputStream(new ByteArrayInputStream(cut))));
        byte[] version = all.clone();
        version[3] = 99;
        IOException e = assertThrows(IOException.class,
                () -> Partial.readFrom(new DataInputStream(new ByteArrayInputStream(version))));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    private static Partial roundTrip(Partial p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.writeTo(new DataOutputStream(bytes));
        Partial back = Partial.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(p, back);
        return back;
    }

    private static Partial javaRoundTrip(Partial p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Partial back = (Partial) in.readObject();
            assertEquals(p, back);
            return back;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}

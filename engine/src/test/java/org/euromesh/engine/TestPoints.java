package org.euromesh.engine;

import java.util.Objects;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.sampling.PointGenerator;

/**
 * Test support: the sampler's input points, block by block — exactly the uniforms and input
 * values {@link Sampler#run} feeds a model for the same spec (the same point generator and
 * transform), so tests can check correlations and common random numbers on them.
 */
final class TestPoints {

    private final RunSpec spec;
    private final InputTransform transform;
    private final InputTransform.Scratch scratch;
    private final PointCursor cursor;
    private final int d;
    private final double[] point;
    private final double[] x;

    private TestPoints(InputSpace space, RunSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.d = space.dimension();
        this.transform = InputTransform.of(space);
        this.scratch = transform.newScratch();
        this.cursor = PointGenerator.of(spec.method(), spec.seed(), spec.blockSize(), space.inputs().stream().map(InputSpec::name).toList())
                .newCursor();
        this.point = new double[d];
        this.x = new double[d];
    }

    /** Points of {@code space} as {@code spec} (seed, method, block size, N) defines them. */
    public static TestPoints of(InputSpace space, RunSpec spec) {
        return new TestPoints(Objects.requireNonNull(space, "space"), spec);
    }

    public int dimension() {
        return d;
    }

    /** Number of blocks for the spec's N. */
    public long blocks() {
        return spec.blocks();
    }

    /** Points in block {@code k} (the block size, or fewer for the last block). */
    public int blockLength(long k) {
        return spec.blockLength(k);
    }

    /** Block k's uniforms (before the copula), row-major: point i at {@code [i·d, (i+1)·d)}. */
    public void fillUniforms(long k, double[] flat) {
        int len = check(k, flat.length);
        cursor.start(k, len);
        for (int i = 0; i < len; i++) {
            cursor.next(point);
            System.arraycopy(point, 0, flat, i * d, d);
        }
    }

    /** Block k's input values, row-major: sample i at {@code [i·d, (i+1)·d)}. */
    public void fillInputs(long k, double[] flat) {
        int len = check(k, flat.length);
        cursor.start(k, len);
        for (int i = 0; i < len; i++) {
            cursor.next(point);
            transform.apply(point, x, scratch);
            System.arraycopy(x, 0, flat, i * d, d);
        }
    }

    /** Block k's input values, one row per sample ({@code rows.length ≥ blockLength(k)}, each of length d). */
    public void fillInputs(long k, double[][] rows) {
        int len = spec.blockLength(k);
        if (rows.length < len) {
            throw new IllegalArgumentException("block " + k + " has " + len + " samples, got " + rows.length + " rows");
        }
        cursor.start(k, len);
        for (int i = 0; i < len; i++) {
            cursor.next(point);
            transform.apply(point, rows[i], scratch);
        }
    }

    private int check(long k, int capacity) {
        int len = spec.blockLength(k);
        if ((long) len * d > capacity) {
            throw new IllegalArgumentException("block " + k + " needs " + (long) len * d + " values, array holds "
                    + capacity);
        }
        return len;
    }
}

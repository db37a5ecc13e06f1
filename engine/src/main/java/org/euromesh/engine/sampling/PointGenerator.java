package org.euromesh.engine.sampling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable, shareable description of a run's points; each worker asks for its own
 * {@link PointCursor}. Dimensions are named (the model's input names): MC and LHS key their
 * streams by name, so common random numbers hold across models that share input names; SOBOL
 * assigns sequence dimensions by position, so there the inputs must also be in the same order.
 */
public final class PointGenerator {

    private final SamplingMethod method;
    private final long seed;
    private final int blockSize;
    private final long[] keys;
    private final SobolPoints.Tables sobol;

    private PointGenerator(SamplingMethod method, long seed, int blockSize, List<String> names) {
        this.method = Objects.requireNonNull(method, "method");
        this.seed = seed;
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, got " + blockSize);
        }
        this.blockSize = blockSize;
        this.keys = new long[names.size()];
        Map<Long, String> seen = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Streams.nameKey(names.get(i));
            String prev = seen.put(keys[i], names.get(i));
            if (prev != null) {
                throw new IllegalArgumentException("input names '" + prev + "' and '" + names.get(i)
                        + "' have the same 64-bit stream key; rename one");
            }
        }
        this.sobol = method == SamplingMethod.SOBOL ? SobolPoints.tables(seed, names.size()) : null;
    }

    /**
     * @param names     dimension (input) names, unique, in point order
     * @param blockSize points per full block; the sequence position of point i of block k is
     *                  {@code k·blockSize + i}
     */
    public static PointGenerator of(SamplingMethod method, long seed, int blockSize, List<String> names) {
        return new PointGenerator(method, seed, blockSize, List.copyOf(names));
    }

    public int dimension() {
        return keys.length;
    }

    public SamplingMethod method() {
        return method;
    }

    /** A new cursor with its own scratch space (for LHS: 4·d·blockSize bytes of permutations). */
    public PointCursor newCursor() {
        return switch (method) {
            case MC -> new McPoints(seed, keys);
            case LHS -> new LhsPoints(seed, keys, blockSize);
            case SOBOL -> new SobolPoints(sobol, blockSize);
        };
    }
}

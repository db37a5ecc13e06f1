package org.euromesh.engine.sampling;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Plain Monte Carlo: coordinate j of every point of block k comes from stream
 * (seed, POINTS, k, key_j) ({@link Streams#pointStream}), one uniform per point, in point order.
 */
final class McPoints implements PointCursor {

    private final long seed;
    private final long[] keys;
    /** Concrete type, so the JIT binds and inlines nextLong() without a type check. */
    private final XoRoShiRo128PlusPlus[] streams;

    McPoints(long seed, long[] keys) {
        this.seed = seed;
        this.keys = keys;
        this.streams = new XoRoShiRo128PlusPlus[keys.length];
    }

    @Override
    public int dimension() {
        return keys.length;
    }

    @Override
    public void start(long block, int length) {
        for (int j = 0; j < keys.length; j++) {
            streams[j] = Streams.pointStream(seed, Streams.TAG_POINTS, block, keys[j]);
        }
    }

    @Override
    public void next(double[] u) {
        for (int j = 0; j < streams.length; j++) {
            u[j] = Streams.toUnit(streams[j].nextLong());
        }
    }

    /**
     * Each coordinate's stream drawn {@code len} times in one loop (its state stays in registers,
     * and no point is scattered into columns): per stream the same draws in the same order as
     * {@link #next}, so the same values.
     */
    @Override
    public void nextColumns(double[][] columns, int len, double[] point) {
        for (int j = 0; j < streams.length; j++) {
            XoRoShiRo128PlusPlus s = streams[j];
            double[] c = columns[j];
            for (int i = 0; i < len; i++) {
                c[i] = Streams.toUnit(s.nextLong());
            }
        }
    }
}

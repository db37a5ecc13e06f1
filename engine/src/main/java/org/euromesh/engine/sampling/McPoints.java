package org.euromesh.engine.sampling;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Plain Monte Carlo: coordinate j of every point of block k comes from stream
 * (seed, POINTS, k, key_j), one uniform per point, in point order.
 */
final class McPoints implements PointCursor {

    private final long seed;
    private final long[] keys;
    private final UniformRandomProvider[] streams;

    McPoints(long seed, long[] keys) {
        this.seed = seed;
        this.keys = keys;
        this.streams = new UniformRandomProvider[keys.length];
    }

    @Override
    public int dimension() {
        return keys.length;
    }

    @Override
    public void start(long block, int length) {
        for (int j = 0; j < keys.length; j++) {
            streams[j] = Streams.stream(seed, Streams.TAG_POINTS, block, keys[j]);
        }
    }

    @Override
    public void next(double[] u) {
        for (int j = 0; j < streams.length; j++) {
            u[j] = Streams.toUnit(streams[j].nextLong());
        }
    }
}

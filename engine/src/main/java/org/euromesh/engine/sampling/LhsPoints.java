package org.euromesh.engine.sampling;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Latin hypercube per block: a block of m points is its own Latin hypercube. For coordinate j
 * the block's stream (seed, POINTS, k, key_j) ({@link Streams#pointStream}) first shuffles the m strata (Fisher–Yates,
 * unbiased bounded draws), then gives one jitter per point: u = (stratum + jitter) / m.
 * Permutation scratch is allocated once per cursor (d × blockSize ints) and reused.
 */
final class LhsPoints implements PointCursor {

    private final long seed;
    private final long[] keys;
    private final XoRoShiRo128PlusPlus[] streams;
    private final int[][] perm;
    private int length;
    private double invLength;
    private int i;

    LhsPoints(long seed, long[] keys, int blockSize) {
        this.seed = seed;
        this.keys = keys;
        this.streams = new XoRoShiRo128PlusPlus[keys.length];
        this.perm = new int[keys.length][blockSize];
    }

    @Override
    public int dimension() {
        return keys.length;
    }

    @Override
    public void start(long block, int len) {
        this.length = len;
        this.invLength = 1.0 / len;
        this.i = 0;
        for (int j = 0; j < keys.length; j++) {
            XoRoShiRo128PlusPlus rng = Streams.pointStream(seed, Streams.TAG_POINTS, block, keys[j]);
            streams[j] = rng;
            int[] p = perm[j];
            for (int s = 0; s < len; s++) {
                p[s] = s;
            }
            for (int s = len - 1; s > 0; s--) {
                int r = rng.nextInt(s + 1);
                int t = p[s];
                p[s] = p[r];
                p[r] = t;
            }
        }
    }

    @Override
    public void next(double[] u) {
        if (i >= length) {
            throw new IllegalStateException("block has only " + length + " points");
        }
        for (int j = 0; j < streams.length; j++) {
            double jitter = Streams.toUnit(streams[j].nextLong());
            u[j] = Streams.clamp((perm[j][i] + jitter) * invLength);
        }
        i++;
    }
}

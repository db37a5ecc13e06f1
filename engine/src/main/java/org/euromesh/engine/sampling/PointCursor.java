package org.euromesh.engine.sampling;

/**
 * Walks the points of one block at a time. One cursor per worker thread: it owns its scratch
 * space, reused from block to block, so {@link #next} allocates nothing. A block's points depend
 * on (seed, method, block size, block index, block length, dimension names) only.
 */
public interface PointCursor {

    /** Dimension d of the points. */
    int dimension();

    /**
     * Positions the cursor at the first point of block {@code block}, which has {@code length}
     * points (the block size, or fewer for the last block).
     */
    void start(long block, int length);

    /** Writes the next point's d uniforms, each strictly inside (0, 1), into {@code u[0..d)}. */
    void next(double[] u);

    /**
     * The next {@code len} points by column: {@code columns[j][i]} is coordinate j of point i, the
     * values {@link #next} would give, bit for bit. This default calls {@link #next} per point
     * into {@code point} (length d) and scatters it; a cursor whose coordinates come from
     * independent streams overrides it to draw each coordinate's column in one loop.
     */
    default void nextColumns(double[][] columns, int len, double[] point) {
        int d = dimension();
        for (int i = 0; i < len; i++) {
            next(point);
            for (int j = 0; j < d; j++) {
                columns[j][i] = point[j];
            }
        }
    }
}

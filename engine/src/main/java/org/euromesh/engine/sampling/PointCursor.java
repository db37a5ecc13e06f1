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
}

package org.euromesh.engine;

/**
 * Told how far a run or an analysis has got, after every block (or bootstrap replicate, or peel),
 * from the worker thread that did it: a listener must be thread-safe and quick; it cannot change
 * the result. Work is never reported per sample, so a listener costs nothing in a hot loop.
 *
 * <p>An analysis made of several stages (a Sobol design, then its bootstrap) announces each with
 * {@link #onStage}; the counts that follow belong to that stage and start again from 0, and every
 * stage ends with {@code done == total}.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Never notified. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  samples evaluated so far
     * @param total samples planned (for a precision-controlled run: its cap, {@code maxSamples})
     */
    void onProgress(long done, long total);

    /**
     * A new stage starts, e.g. "Sobol indices: bootstrap"; its counts follow. Ignored unless
     * overridden: a plain listener sees the counts of each stage in turn.
     */
    default void onStage(String stage) {
    }
}

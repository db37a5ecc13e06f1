package org.euromesh.engine;

/**
 * Told how far a run has got, after every block, from the worker thread that ran it: a listener
 * must be thread-safe and quick; it cannot change the result.
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
}

package org.euromesh.engine;

/**
 * Told how far a run has got, once per wave of blocks, from the thread that runs the sampler.
 * A listener must be quick; it cannot change the result.
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

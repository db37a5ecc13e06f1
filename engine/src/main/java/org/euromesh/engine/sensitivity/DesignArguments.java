package org.euromesh.engine.sensitivity;

/** The argument checks the sampled sensitivity analyses share (their designs take the same settings). */
final class DesignArguments {

    private DesignArguments() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming the first setting out of range: samples below
     * {@code minSamples}, a negative bootstrap count, fewer than one thread, or an empty block.
     */
    static void check(int samples, int minSamples, int bootstrap, int threads, int blockSize) {
        if (samples < minSamples) {
            throw new IllegalArgumentException("samples must be >= " + minSamples + ", got " + samples);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + bootstrap);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, got " + blockSize);
        }
    }
}

package org.euromesh.engine;

/**
 * Runs a range of blocks of one run somewhere — this JVM's threads, a Spark cluster, a batch
 * system — and returns their {@link Partial}. {@link Sampler#run(org.euromesh.engine.api.Model,
 * RunSpec, BlockRunner, ProgressListener)} drives any runner through the same waves, merges and
 * precision rule, so every runner gives the same bits.
 */
@FunctionalInterface
public interface BlockRunner {

    /**
     * The partial of blocks {@code [from, to)} of the run; must equal what
     * {@link Sampler#runBlocks} returns for the same model, spec and range.
     */
    Partial run(long from, long to);
}

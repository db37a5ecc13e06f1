package org.euromesh.cluster;

import java.io.Serializable;
import org.euromesh.engine.Partial;
import org.euromesh.engine.Sampler;
import org.euromesh.reports.run.RunConfiguration;

/**
 * What a Spark task does with its span: rebuild the model from the run's configuration (the
 * model object itself does not travel) and run the span's blocks on one thread. Serializable, so
 * a test can hand the executor a task that fails on purpose.
 */
@FunctionalInterface
public interface BlockTask extends Serializable {

    /**
     * The default: the run's model rebuilt on this JVM (once per JVM, {@link ExecutorModels}) and
     * {@code span} run with {@link Sampler#runBlocks} on the task's thread.
     */
    BlockTask SAMPLER = (config, span) ->
            Sampler.runBlocks(ExecutorModels.of(config), config.spec(1), span.from(), span.to());

    /** The partial of {@code span} of {@code config}'s run; must equal what {@link #SAMPLER} returns. */
    Partial run(RunConfiguration config, BlockSpan span);
}

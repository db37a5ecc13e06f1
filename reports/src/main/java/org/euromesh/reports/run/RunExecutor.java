package org.euromesh.reports.run;

import java.util.Locale;
import org.euromesh.engine.Partial;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.api.Model;

/**
 * Where {@code euromesh run} computes its blocks: this JVM's threads ({@link #LOCAL}) or a
 * cluster (the {@code cluster} module's Spark executor). Every implementation returns what the
 * local one returns for the same arguments, bit for bit: they differ in speed only.
 */
public interface RunExecutor {

    /** This JVM's threads: {@link Sampler#run} and {@link Sampler#runBlocks}. */
    RunExecutor LOCAL = new RunExecutor() {
        @Override
        public RunResult run(RunConfiguration config, Model model, RunSpec spec, ProgressListener progress) {
            return Sampler.run(model, spec, progress);
        }

        @Override
        public Partial runBlocks(RunConfiguration config, Model model, RunSpec spec, long from, long to,
                                 ProgressListener progress) {
            return Sampler.runBlocks(model, spec, from, to, progress);
        }

        @Override
        public String describe(RunSpec spec) {
            return spec.threads() == 1 ? "1 thread" : String.format(Locale.ROOT, "%d threads", spec.threads());
        }
    };

    /**
     * The whole run.
     *
     * @param config   the run as data (what a remote worker rebuilds the model from)
     * @param model    the model built from {@code config} on this JVM
     * @param spec     {@code config}'s spec with this JVM's thread count
     * @param progress told the samples done (from any thread)
     */
    RunResult run(RunConfiguration config, Model model, RunSpec spec, ProgressListener progress);

    /** Blocks {@code [from, to)} of the run: a job-array task's share. */
    Partial runBlocks(RunConfiguration config, Model model, RunSpec spec, long from, long to,
                      ProgressListener progress);

    /** Where the blocks ran, for the run's first line, e.g. "2 threads". */
    String describe(RunSpec spec);
}

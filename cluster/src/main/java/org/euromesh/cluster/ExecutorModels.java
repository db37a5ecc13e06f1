package org.euromesh.cluster;

import java.util.Objects;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.reports.run.ParameterSource;
import org.euromesh.reports.run.RunConfiguration;

/**
 * The model of the run an executor JVM is working on, built once per JVM instead of once per
 * task: building it (parsing the parameter files, fitting every distribution, checking the
 * copula) costs about half a second, as much as a task's blocks. The model is immutable and
 * shared by the executor's task threads (the sampler gives each its own evaluator).
 *
 * <p>This is the one piece of per-JVM state of the cluster module, and deliberately so: it holds
 * a single entry (the last run's parameters, scenario and target), so an executor that serves
 * runs one after another keeps at most one model, and a result never depends on it — a cached
 * and a fresh model are built from the same texts.
 */
final class ExecutorModels {

    /** What the model depends on: not the seed, sample count or method. */
    private record Key(ParameterSource params, String scenario, String target) {
    }

    private record Entry(Key key, EuroMeshModel model) {
    }

    private static Entry last;

    private ExecutorModels() {
    }

    /** The model of {@code config}'s run, from this JVM's cache or built now. */
    static synchronized EuroMeshModel of(RunConfiguration config) {
        Key key = new Key(config.params(), config.scenario(), config.target());
        Entry e = last;
        if (e == null || !e.key().equals(key)) {
            e = new Entry(key, Objects.requireNonNull(config.detachedModel()));
            last = e;
        }
        return e.model();
    }
}

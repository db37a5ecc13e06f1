package org.euromesh.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.euromesh.engine.Partial;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.api.Model;
import org.euromesh.reports.run.PartialBytes;
import org.euromesh.reports.run.RunConfiguration;
import org.euromesh.reports.run.RunExecutor;

/**
 * Runs {@code euromesh run}'s blocks on Apache Spark, bit-identical to the local runner.
 *
 * <p>A run goes in waves of {@code tasks × blocksPerTask} blocks (the engine's
 * {@link Sampler#run(Model, RunSpec, org.euromesh.engine.BlockRunner, ProgressListener, long)}
 * drives them, checks a precision target after each and stops where the local run stops). A wave
 * is cut into {@code tasks} contiguous spans, one RDD partition each; every executor rebuilds the
 * model from the {@link RunConfiguration} and returns its span's {@link Partial}. The driver
 * {@code collect}s them — in partition order, which is block order — and merges them in that
 * order. Never {@code reduce}/{@code treeReduce}/{@code aggregate}: those merge in task completion
 * order, and floating-point moments merged in another order differ in the last bits. A task that
 * fails is recomputed by Spark from the same (seed, block) streams, so retries change nothing.
 *
 * <p>Driver memory per wave: {@code tasks} deflated partials (about 90 KB each for the EuroMesh
 * model, mostly its histograms), a few inflated at a time (3.7 MB each), and one row of moments
 * per block (about 3 KB).
 */
public final class SparkRunExecutor implements RunExecutor {

    /**
     * Default blocks per task: 32 × 65,536 ≈ 2·10^6 samples, about 5 s of one core, against about
     * 25 ms of driver work (inflate and merge) per task: tasks this long keep the driver's share
     * small on a few hundred cores.
     */
    public static final int DEFAULT_BLOCKS_PER_TASK = 32;

    /** Default tasks per wave, per core of the cluster: two, so one slow task does not idle a core for a whole wave. */
    public static final int DEFAULT_TASKS_PER_CORE = 2;

    private final JavaSparkContext sc;
    private final int tasks;
    private final int blocksPerTask;
    private final BlockTask task;

    /**
     * @param sc            a running Spark context (the caller stops it)
     * @param tasks         tasks (partitions) per wave, e.g. 2 × the cluster's cores
     * @param blocksPerTask blocks each task runs in a full wave
     * @param task          what a task does with its span ({@link BlockTask#SAMPLER})
     */
    public SparkRunExecutor(JavaSparkContext sc, int tasks, int blocksPerTask, BlockTask task) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.task = Objects.requireNonNull(task, "task");
        if (tasks < 1 || blocksPerTask < 1) {
            throw new IllegalArgumentException("tasks and blocks per task must be >= 1, got " + tasks + " and "
                    + blocksPerTask);
        }
        this.tasks = tasks;
        this.blocksPerTask = blocksPerTask;
    }

    /** The default task: {@link BlockTask#SAMPLER}. */
    public SparkRunExecutor(JavaSparkContext sc, int tasks, int blocksPerTask) {
        this(sc, tasks, blocksPerTask, BlockTask.SAMPLER);
    }

    /** Blocks per wave. */
    public long waveBlocks() {
        return (long) tasks * blocksPerTask;
    }

    @Override
    public RunResult run(RunConfiguration config, Model model, RunSpec spec, ProgressListener progress) {
        return Sampler.run(model, spec, (from, to) -> runBlocks(config, model, spec, from, to, progress), progress,
                waveBlocks());
    }

    /** Blocks {@code [from, to)}, wave by wave, each wave's partials merged in block order. */
    @Override
    public Partial runBlocks(RunConfiguration config, Model model, RunSpec spec, long from, long to,
                             ProgressListener progress) {
        Partial done = null;
        for (long w = from; w < to; w += waveBlocks()) {
            long end = Math.min(to, w + waveBlocks());
            Partial wave = wave(config, w, end);
            done = done == null ? wave : done.merge(wave);
            progress.onProgress(Math.min(spec.samples(), end * (long) spec.blockSize()), spec.samples());
        }
        if (done == null) {
            throw new IllegalArgumentException("no blocks in [" + from + ", " + to + ")");
        }
        return done;
    }

    /** One Spark job: the spans of {@code [from, to)}, one partition each, collected in partition order. */
    private Partial wave(RunConfiguration config, long from, long to) {
        List<BlockSpan> spans = BlockSpan.split(from, to, tasks);
        BlockTask t = task;
        // parallelize(list, n) with n == list.size() puts element i alone in partition i; collect()
        // returns partitions in index order whatever order the tasks finished in. Tasks return
        // deflated bytes (a partial is mostly zero histogram counts): the driver holds a wave
        // compressed and inflates one partial at a time as it merges.
        List<byte[]> results = sc.parallelize(spans, spans.size())
                .map(span -> PartialBytes.of(t.run(config, span))).collect();
        // Inflating is most of the driver's work per task (about 20 ms against 3 ms to merge):
        // inflate a few partials at a time in parallel, merge them strictly in order.
        int chunk = Math.max(1, 2 * Runtime.getRuntime().availableProcessors());
        Partial merged = null;
        for (int i = 0; i < results.size(); i += chunk) {
            List<Partial> inflated = results.subList(i, Math.min(results.size(), i + chunk)).parallelStream()
                    .map(PartialBytes::read).toList();
            for (Partial p : inflated) {
                merged = merged == null ? p : merged.merge(p);
            }
        }
        return merged;
    }

    @Override
    public String describe(RunSpec spec) {
        return String.format(Locale.ROOT, "Spark %s, waves of %d tasks × %d blocks", sc.master(), tasks, blocksPerTask);
    }
}

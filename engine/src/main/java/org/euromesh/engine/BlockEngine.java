package org.euromesh.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.stats.Moments;
import org.euromesh.engine.stats.OutputAccumulator;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * Runs one or more models ("lanes") over one stream of points, block by block, in waves.
 *
 * <p><b>Reproducibility.</b> Block k's points depend on (seed, method, block size, k) only.
 * Blocks run in waves of {@link RunSpec#WAVE_BLOCKS}, each wave on a fixed pool of worker
 * threads that take blocks in any order. Per output, a worker keeps
 * <ul>
 * <li>integer state — counts and histogram — summed over the whole run: integer addition
 *     commutes, so which worker ran which block does not matter;</li>
 * <li>floating-point moments ({@link Moments}) for the current block only: at the end of a block
 *     they are copied into that block's slot of the wave and reset.</li>
 * </ul>
 * After a wave, the slots are merged into the run's moments in block order (Chan's formula), so
 * every bit of the result is independent of the thread count. Memory: one histogram set per
 * worker plus {@code WAVE_BLOCKS} small moment sets: flat in N.
 *
 * <p><b>Stopping.</b> With a precision target the run stops after the first wave at which every
 * headline's 95% Wilson half-width is at most the target (or at the cap). The headline counts
 * after a wave are integers summed over workers, so the stopping wave depends on the seed, block
 * size and wave size only.
 */
final class BlockEngine {

    /** One model run on the shared points. */
    record Lane(Model model, InputTransform transform, int outputOffset, int outputCount, int headline) {
    }

    /** What a run produced; summaries in combined-output order. */
    record Outcome(long samples, OutputSummary[] summaries, List<List<ConvergencePoint>> traces, boolean targetMet) {
    }

    private final RunSpec spec;
    private final PointGenerator points;
    private final List<Lane> lanes;
    private final OutputSpec[] outputs;
    private final int diffOffset;
    private final int[] diffA;
    private final int[] diffB;
    private final boolean[] diffTime;
    private final double[] diffHorizon;
    private final Lane[] laneArray;

    /**
     * @param outputs combined outputs: each lane's at its offset, then the differences
     * @param diffA   for difference q (output {@code diffOffset + q}): combined index of A's value
     * @param diffB   same for B; the difference is B − A
     */
    BlockEngine(RunSpec spec, PointGenerator points, List<Lane> lanes, List<OutputSpec> outputs, int diffOffset,
                int[] diffA, int[] diffB) {
        this.spec = spec;
        this.points = points;
        this.lanes = List.copyOf(lanes);
        this.outputs = outputs.toArray(new OutputSpec[0]);
        this.diffOffset = diffOffset;
        this.diffA = diffA.clone();
        this.diffB = diffB.clone();
        this.diffTime = new boolean[diffA.length];
        this.diffHorizon = new double[diffA.length];
        for (int q = 0; q < diffA.length; q++) {
            diffTime[q] = this.outputs[diffA[q]].kind() == OutputKind.TIME;
            diffHorizon[q] = this.outputs[diffA[q]].hi();
        }
        this.laneArray = this.lanes.toArray(new Lane[0]);
    }

    Outcome run(ProgressListener listener) {
        int threads = spec.threads();
        long blocks = spec.blocks();
        int nOut = outputs.length;
        Worker[] workers = new Worker[(int) Math.min(threads, blocks)];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Worker();
        }
        Moments[][] slots = new Moments[RunSpec.WAVE_BLOCKS][nOut];
        for (Moments[] s : slots) {
            for (int o = 0; o < nOut; o++) {
                s[o] = new Moments();
            }
        }
        Moments[] run = new Moments[nOut];
        for (int o = 0; o < nOut; o++) {
            run[o] = new Moments();
        }
        List<List<ConvergencePoint>> traces = new ArrayList<>();
        for (int l = 0; l < lanes.size(); l++) {
            traces.add(new ArrayList<>());
        }
        ExecutorService pool = workers.length > 1 ? Executors.newFixedThreadPool(workers.length, r -> {
            Thread th = new Thread(r, "euromesh-sampler");
            th.setDaemon(true);
            return th;
        }) : null;
        long done = 0;
        boolean met = false;
        long[] headlineSuccesses = new long[lanes.size()];
        long[] headlineValid = new long[lanes.size()];
        try {
            for (long waveStart = 0; waveStart < blocks; waveStart += RunSpec.WAVE_BLOCKS) {
                int waveLength = (int) Math.min(RunSpec.WAVE_BLOCKS, blocks - waveStart);
                runWave(pool, workers, waveStart, waveLength, slots);
                for (int b = 0; b < waveLength; b++) {
                    for (int o = 0; o < nOut; o++) {
                        run[o].merge(slots[b][o]);
                    }
                }
                done = Math.min(spec.samples(), (waveStart + waveLength) * spec.blockSize());
                boolean allMet = spec.hasPrecisionTarget();
                for (int l = 0; l < lanes.size(); l++) {
                    int h = lanes.get(l).headline();
                    if (h < 0) {
                        continue;
                    }
                    // One trace point per block, in block order, so the convergence chart has a
                    // curve even for a one-wave run. A block's successes are its indicator mean
                    // times its count: exact after rounding, since a block holds at most 2^31
                    // values and the mean is accurate to ~1e-16 relative.
                    ProbabilityEstimate e = null;
                    for (int b = 0; b < waveLength; b++) {
                        Moments m = slots[b][h];
                        headlineSuccesses[l] += Math.round(m.mean() * m.n());
                        headlineValid[l] += m.n();
                        e = ProbabilityEstimate.wilson(headlineSuccesses[l], headlineValid[l]);
                        traces.get(l).add(new ConvergencePoint(Math.min(spec.samples(),
                                (waveStart + b + 1) * spec.blockSize()), e));
                    }
                    allMet &= e.halfWidth() <= spec.precision();
                }
                listener.onProgress(done, spec.samples());
                if (allMet) {
                    met = true;
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        OutputSummary[] summaries = new OutputSummary[nOut];
        for (int o = 0; o < nOut; o++) {
            OutputAccumulator total = new OutputAccumulator(outputs[o]);
            for (Worker w : workers) {
                total.mergeCounts(w.acc[o]);
            }
            total.moments().set(run[o]);
            summaries[o] = total.summary();
        }
        return new Outcome(done, summaries, traces, met);
    }

    private void runWave(ExecutorService pool, Worker[] workers, long waveStart, int waveLength, Moments[][] slots) {
        if (pool == null) {
            for (int b = 0; b < waveLength; b++) {
                workers[0].runBlock(waveStart + b, slots[b]);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(workers.length);
        for (Worker w : workers) {
            futures.add(pool.submit(() -> {
                int b;
                while ((b = next.getAndIncrement()) < waveLength) {
                    w.runBlock(waveStart + b, slots[b]);
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (failure == null) {
                    failure = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                }
                if (c instanceof Error err) {
                    throw err;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("sampler interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Samples evaluated before their outputs are accumulated, column by column: each output's
     * values then go through its accumulator in one tight loop (see
     * {@link OutputAccumulator#addAll}); 81 outputs × 256 × 8 bytes stay in the L2 cache. Every
     * output still sees its values in sample order, so results do not depend on the chunk size.
     */
    static final int CHUNK = 256;

    /** One worker thread's state: cursor, evaluators, scratch, accumulators. Used by one thread at a time. */
    private final class Worker {
        final PointCursor cursor = points.newCursor();
        final double[] point = new double[points.dimension()];
        final Model.Evaluator[] evaluators = new Model.Evaluator[lanes.size()];
        final InputTransform.Scratch[] scratch = new InputTransform.Scratch[lanes.size()];
        final double[][] x = new double[lanes.size()][];
        final double[][] y = new double[lanes.size()][];
        /** Output columns of the current chunk: {@code columns[o][i]} is output o of the chunk's sample i. */
        final double[][] columns = new double[outputs.length][CHUNK];
        final OutputAccumulator[] acc = new OutputAccumulator[outputs.length];

        Worker() {
            for (int l = 0; l < lanes.size(); l++) {
                Lane lane = lanes.get(l);
                evaluators[l] = lane.model().newEvaluator();
                scratch[l] = lane.transform().newScratch();
                x[l] = new double[lane.transform().dimension()];
                y[l] = new double[lane.outputCount()];
            }
            for (int o = 0; o < outputs.length; o++) {
                acc[o] = new OutputAccumulator(outputs[o]);
            }
        }

        void runBlock(long block, Moments[] slot) {
            int length = spec.blockLength(block);
            cursor.start(block, length);
            for (int start = 0; start < length; start += CHUNK) {
                int len = Math.min(CHUNK, length - start);
                evaluateChunk(len);
                for (int o = 0; o < outputs.length; o++) {
                    acc[o].addAll(columns[o], len);
                }
            }
            for (int o = 0; o < outputs.length; o++) {
                Moments m = acc[o].moments();
                slot[o].set(m);
                m.reset();
            }
        }

        /** The next {@code len} points through every lane, their outputs into {@link #columns}. */
        private void evaluateChunk(int len) {
            Lane[] ls = laneArray;
            double[][] cols = columns;
            int diffs = diffA.length;
            for (int i = 0; i < len; i++) {
                cursor.next(point);
                for (int l = 0; l < ls.length; l++) {
                    Lane lane = ls[l];
                    double[] out = y[l];
                    lane.transform().apply(point, x[l], scratch[l]);
                    evaluators[l].evaluate(x[l], out);
                    int offset = lane.outputOffset();
                    for (int o = 0; o < out.length; o++) {
                        cols[offset + o][i] = out[o];
                    }
                }
                for (int q = 0; q < diffs; q++) {
                    double a = cols[diffA[q]][i];
                    double b = cols[diffB[q]][i];
                    if (diffTime[q]) {
                        // censored ("after the horizon", NaN) counts as +infinity: the difference is then
                        // +-infinity (overflow/underflow), or NaN (invalid) when both are censored
                        a = a <= diffHorizon[q] ? a : Double.POSITIVE_INFINITY;
                        b = b <= diffHorizon[q] ? b : Double.POSITIVE_INFINITY;
                    }
                    cols[diffOffset + q][i] = b - a;
                }
            }
        }
    }
}

package org.euromesh.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.stats.Moments;
import org.euromesh.engine.stats.OutputAccumulator;

/**
 * Runs a range of blocks of one {@link RunPlan} on this JVM's threads and returns their
 * {@link Partial}: the one implementation behind the local runner and every remote one.
 *
 * <p><b>Reproducibility.</b> Block k's points depend on (seed, method, block size, k) only.
 * Worker threads take blocks in any order. Per output, a worker keeps integer state (counts,
 * histogram) summed over the blocks it ran — integer addition commutes, so which worker ran which
 * block does not matter — and records each block's floating-point moments in that block's row of
 * the partial, which folds them in block order. Memory: one accumulator set per worker plus one
 * row of moments per block of the range.
 */
final class BlockEngine {

    /**
     * Samples evaluated before their outputs are accumulated, column by column: each output's
     * values then go through its accumulator in one tight loop (see
     * {@link OutputAccumulator#addAll}); 81 outputs × 256 × 8 bytes stay in the L2 cache. Every
     * output still sees its values in sample order, so results do not depend on the chunk size.
     */
    static final int CHUNK = 256;

    private final RunPlan plan;
    private final RunSpec spec;
    private final int threads;

    BlockEngine(RunPlan plan, RunSpec spec) {
        this.plan = plan;
        this.spec = spec;
        this.threads = spec.threads();
    }

    /**
     * Blocks {@code [from, to)}; {@code listener} is told the samples done after each block (from
     * the worker threads).
     */
    Partial run(long from, long to, ProgressListener listener) {
        if (from < 0 || to < from || to > spec.blocks()) {
            throw new IllegalArgumentException("blocks [" + from + ", " + to + ") of a run of " + spec.blocks()
                    + " blocks");
        }
        int outs = plan.outputs().length;
        int length = (int) Math.min(Integer.MAX_VALUE, to - from);
        if (to - from > Integer.MAX_VALUE / ((long) outs * Partial.momentValues() + 1)) {
            throw new IllegalArgumentException("too many blocks in one range: " + (to - from)
                    + "; run the range in smaller pieces and merge them");
        }
        long[] rowN = new long[length * outs];
        double[] rowMoments = new double[rowN.length * Partial.momentValues()];
        int heads = plan.headlines().length;
        long[][] hs = new long[heads][length];
        long[][] hv = new long[heads][length];
        int workerCount = (int) Math.max(1, Math.min(threads, to - from));
        Worker[] workers = new Worker[workerCount];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Worker();
        }
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong(from);
        Runnable task = () -> {
            Worker w = workerFor(workers);
            long k;
            while ((k = next.getAndIncrement()) < to) {
                int row = (int) (k - from);
                w.runBlock(k, rowN, rowMoments, row * outs);
                for (int h = 0; h < heads; h++) {
                    Moments m = w.headlineMoments(h);
                    // A block's successes are its indicator mean times its count: exact after
                    // rounding, since a block holds at most 2^31 values and the mean is accurate
                    // to ~1e-16 relative.
                    hs[h][row] = Math.round(m.mean() * m.n());
                    hv[h][row] = m.n();
                }
                w.resetMoments();
                // Samples of the run done so far: every block before this range, and this range's finished ones.
                listener.onProgress(from * (long) spec.blockSize() + done.addAndGet(spec.blockLength(k)),
                        spec.samples());
            }
        };
        runOnWorkers(workers, task);
        long[][] integers = new long[outs][];
        for (int o = 0; o < outs; o++) {
            integers[o] = new long[OutputAccumulator.integerLength(plan.outputs()[o])];
            for (Worker w : workers) {
                w.acc[o].drainIntegersInto(integers[o]);
            }
        }
        long[] foldN = new long[outs];
        double[] foldMoments = new double[outs * Partial.momentValues()];
        Partial p = new Partial(spec, plan.fingerprint(), from, to, integers, from, foldN, foldMoments, rowN,
                rowMoments, hs, hv);
        if (from == 0 && to > 0) {
            // Fold now: a partial from block 0 keeps only the fold, so memory stays flat.
            return p.merge(emptyAfter(p));
        }
        return p;
    }

    /** A partial of no blocks at p's end, to fold p's rows. */
    private Partial emptyAfter(Partial p) {
        int outs = plan.outputs().length;
        long[][] integers = new long[outs][];
        for (int o = 0; o < outs; o++) {
            integers[o] = new long[OutputAccumulator.integerLength(plan.outputs()[o])];
        }
        int heads = plan.headlines().length;
        return new Partial(spec, plan.fingerprint(), p.toBlock(), p.toBlock(), integers, p.toBlock(), new long[outs],
                new double[outs * Partial.momentValues()], new long[0], new double[0], new long[heads][0],
                new long[heads][0]);
    }

    /** Hands each task of {@link #runOnWorkers} its own worker. */
    private final AtomicLong nextWorker = new AtomicLong();

    private Worker workerFor(Worker[] workers) {
        return workers[(int) nextWorker.getAndIncrement()];
    }

    private void runOnWorkers(Worker[] workers, Runnable task) {
        nextWorker.set(0);
        if (workers.length == 1) {
            task.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers.length, r -> {
            Thread th = new Thread(r, "euromesh-sampler");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers.length);
            for (int t = 0; t < workers.length; t++) {
                futures.add(pool.submit(task));
            }
            RuntimeException failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof Error err) {
                        throw err;
                    }
                    if (failure == null) {
                        failure = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("sampler interrupted", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One worker thread's state: cursor, evaluators, scratch, accumulators. Used by one thread at a time. */
    private final class Worker {
        final PointCursor cursor = plan.points().newCursor();
        final double[] point = new double[plan.points().dimension()];
        final RunPlan.Lane[] lanes = plan.lanes();
        final Model.Evaluator[] evaluators = new Model.Evaluator[lanes.length];
        final InputTransform.Scratch[] scratch = new InputTransform.Scratch[lanes.length];
        final double[][] x = new double[lanes.length][];
        /**
         * Per lane, the chunk's inputs by column: {@code inputColumns[l][j][i]} is input j of sample
         * i, first its uniform, then its value ({@link InputTransform#quantilesInPlace}).
         */
        final double[][][] inputColumns = new double[lanes.length][][];
        final double[][] y = new double[lanes.length][];
        /**
         * The chunk's points by column ({@link PointCursor#nextColumns}); for one model that reads
         * them in order, its lane's input columns themselves, so nothing is copied.
         */
        final double[][] pointColumns;
        final int[] diffA = plan.diffA();
        final int[] diffB = plan.diffB();
        final boolean[] diffTime = plan.diffTime();
        final double[] diffHorizonA = plan.diffHorizonA();
        final double[] diffHorizonB = plan.diffHorizonB();
        final int diffOffset = plan.diffOffset();
        /** Output columns of the current chunk: {@code columns[o][i]} is output o of the chunk's sample i. */
        final double[][] columns = new double[plan.outputs().length][CHUNK];
        final OutputAccumulator[] acc = new OutputAccumulator[plan.outputs().length];

        Worker() {
            for (int l = 0; l < lanes.length; l++) {
                RunPlan.Lane lane = lanes[l];
                evaluators[l] = lane.model().newEvaluator();
                scratch[l] = lane.transform().newScratch();
                x[l] = new double[lane.transform().dimension()];
                inputColumns[l] = new double[lane.transform().dimension()][CHUNK];
                y[l] = new double[lane.outputCount()];
            }
            int dim = plan.points().dimension();
            pointColumns = lanes.length == 1 && lanes[0].transform().readsPointInOrder(dim) ? inputColumns[0]
                    : new double[dim][CHUNK];
            for (int o = 0; o < acc.length; o++) {
                acc[o] = new OutputAccumulator(plan.outputs()[o]);
            }
        }

        /** Runs block k; its moments go into row {@code rowOffset / outputs} of the partial's arrays. */
        void runBlock(long block, long[] rowN, double[] rowMoments, int rowOffset) {
            int length = spec.blockLength(block);
            cursor.start(block, length);
            for (int start = 0; start < length; start += CHUNK) {
                int len = Math.min(CHUNK, length - start);
                evaluateChunk(len);
                for (int o = 0; o < acc.length; o++) {
                    acc[o].addAll(columns[o], len);
                }
            }
            for (int o = 0; o < acc.length; o++) {
                Partial.writeRow(acc[o].moments(), rowN, rowMoments, rowOffset + o);
            }
        }

        Moments headlineMoments(int h) {
            return acc[plan.headlines()[h]].moments();
        }

        void resetMoments() {
            for (OutputAccumulator a : acc) {
                a.moments().reset();
            }
        }

        /**
         * The next {@code len} points through every lane, their outputs into {@link #columns}. The
         * inputs are mapped by column (the chunk's uniforms first, drawn by column, then the copula and each
         * input's quantiles one column at a time: see {@link InputTransform#correlateInPlace} and
         * {@link InputTransform#quantilesInPlace}), then the model runs per sample.
         */
        private void evaluateChunk(int len) {
            RunPlan.Lane[] ls = lanes;
            double[][] cols = columns;
            int diffs = diffA.length;
            cursor.nextColumns(pointColumns, len, point);
            for (int l = 0; l < ls.length; l++) {
                ls[l].transform().uniformColumnsInto(pointColumns, inputColumns[l], len);
                ls[l].transform().correlateInPlace(inputColumns[l], len, scratch[l]);
                ls[l].transform().quantilesInPlace(inputColumns[l], len);
            }
            for (int i = 0; i < len; i++) {
                for (int l = 0; l < ls.length; l++) {
                    RunPlan.Lane lane = ls[l];
                    double[] out = y[l];
                    double[] in = x[l];
                    double[][] inCols = inputColumns[l];
                    for (int j = 0; j < in.length; j++) {
                        in[j] = inCols[j][i];
                    }
                    evaluators[l].evaluate(in, out);
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
                        a = a <= diffHorizonA[q] ? a : Double.POSITIVE_INFINITY;
                        b = b <= diffHorizonB[q] ? b : Double.POSITIVE_INFINITY;
                    }
                    cols[diffOffset + q][i] = b - a;
                }
            }
        }
    }
}

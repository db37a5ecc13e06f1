package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.euromesh.engine.InputTransform;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.sampling.SamplingMethod;

/**
 * N paths of a model kept by column: the value of every non-fixed input and of some outputs on
 * each path. Rank correlation and the decision analytics' {@code PathSample} both stand on it, so
 * that their paths are drawn one way.
 *
 * <p>Row j is point j of the sampler's own {@link PointGenerator} (same method, seed and block
 * size, keyed by input name) mapped through the same {@link InputTransform} (copula and fast
 * quantiles): with MC and the run's seed and block size it is the run's path j. Outputs are
 * clipped as their {@link Response} says and the clipped paths counted. Blocks write disjoint rows,
 * so the columns are bit-identical on any number of threads.
 */
public final class SampledColumns {

    private final int[] inputs;
    private final double[][] x;
    private final double[][] y;
    private final long[] censored;

    private SampledColumns(int[] inputs, double[][] x, double[][] y, long[] censored) {
        this.inputs = inputs;
        this.x = x;
        this.y = y;
        this.censored = censored;
    }

    /**
     * Draws {@code n} paths; progress counts paths done, once a block.
     *
     * @throws IllegalArgumentException if every input is fixed, or the columns would not fit an array
     */
    public static SampledColumns draw(Model model, Response[] outputs, SamplingMethod method, long seed, int n,
                                      int blockSize, int threads, ProgressListener progress) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(progress, "progress");
        List<InputSpec> ins = model.inputs().inputs();
        int dAll = ins.size();
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < dAll; i++) {
            if (!SobolIndices.isFixed(ins.get(i).distribution())) {
                sampled.add(i);
            }
        }
        if (sampled.isEmpty()) {
            throw new IllegalArgumentException("every input is fixed: nothing to analyse");
        }
        int[] var = sampled.stream().mapToInt(Integer::intValue).toArray();
        int d = var.length;
        int m = outputs.length;
        if ((long) n * Math.max(d, m) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("sample too large: N = " + n);
        }
        double[][] xs = new double[d][n];
        double[][] ys = new double[m][n];
        int blocks = (n + blockSize - 1) / blockSize;
        long[][] cens = new long[blocks][m];
        PointGenerator gen = PointGenerator.of(method, seed, blockSize, ins.stream().map(InputSpec::name).toList());
        InputTransform mapper = InputTransform.of(model.inputs());
        int nOut = model.outputs().size();
        AtomicLong done = new AtomicLong();
        Parallel.forEach(blocks, threads, k -> {
            PointCursor cursor = gen.newCursor();
            InputTransform.Scratch scratch = mapper.newScratch();
            Model.Evaluator ev = model.newEvaluator();
            int first = k * blockSize;
            int len = Math.min(blockSize, n - first);
            cursor.start(k, len);
            double[] u = new double[dAll];
            double[] xv = new double[dAll];
            double[] yv = new double[nOut];
            for (int r = 0; r < len; r++) {
                int j = first + r;
                cursor.next(u);
                mapper.apply(u, xv, scratch);
                ev.evaluate(xv, yv);
                for (int c = 0; c < d; c++) {
                    xs[c][j] = xv[var[c]];
                }
                for (int o = 0; o < m; o++) {
                    ys[o][j] = outputs[o].value(yv);
                    if (outputs[o].censored(yv)) {
                        cens[k][o]++;
                    }
                }
            }
            progress.onProgress(done.addAndGet(len), n);
        });
        long[] total = new long[m];
        for (long[] c : cens) {
            for (int o = 0; o < m; o++) {
                total[o] += c[o];
            }
        }
        return new SampledColumns(var, xs, ys, total);
    }

    /** Model indices of the non-fixed inputs, in model order: column c of {@link #x} is input {@code inputs()[c]}. */
    public int[] inputs() {
        return inputs.clone();
    }

    /** x[c][j]: non-fixed input c on path j (not a copy: read only). */
    public double[][] x() {
        return x;
    }

    /** y[o][j]: output o, clipped, on path j (not a copy: read only). */
    public double[][] y() {
        return y;
    }

    /** Paths whose output o was censored and clipped. */
    public long censored(int o) {
        return censored[o];
    }
}

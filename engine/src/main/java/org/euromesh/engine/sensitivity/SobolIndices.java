package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.ProgressListener;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.Distribution;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.InputTransform;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.sampling.Streams;

/**
 * Variance-based (Sobol) sensitivity indices with bootstrap intervals.
 *
 * <p><b>Design</b> (Saltelli et al. 2010). Two N×d matrices A and B of independent inputs come
 * from N points of dimension 2d (d = non-fixed inputs): A from the first d coordinates, B from the
 * last d, each uniform mapped through the input's quantile function. For each factor i (an input,
 * or a group G of inputs), {@code AB_i} is A with the factor's column(s) taken from B. The model
 * is evaluated on A, B and every AB_i: N·(d + g + 2) evaluations; only the requested outputs are kept.
 *
 * <p><b>Estimators</b>, with f centred on the mean of f(A) ∪ f(B) and V the variance of that
 * pooled 2N sample:
 * <pre>
 *   first order  (Saltelli 2010):  S_i  = (1/N)  Σ_j f(B)_j · (f(AB_i)_j − f(A)_j)   / V
 *   total effect (Jansen 1999):    ST_i = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)²          / V
 * </pre>
 *
 * <p><b>Intervals.</b> B bootstrap resamples of the N rows (the same rows of A, B and every AB_i
 * together), each recomputing V, S_i and ST_i; 95% percentile intervals. Resample b draws from
 * stream (seed, BOOTSTRAP, b) only. With scrambled Sobol points the bootstrap treats rows as
 * independent and so overstates the error of the (better-than-MC) estimate: the intervals are
 * conservative.
 *
 * <p><b>Correlated inputs.</b> These indices assume independent inputs. They are computed on the
 * independent design (the copula is ignored), and the result says so in its warnings.
 *
 * <p><b>Censoring.</b> Censored times (+infinity, after the horizon) are clipped to the output's horizon
 * (see {@link Response}); the fraction clipped is reported per output.
 *
 * <p><b>Reproducibility.</b> Rows are evaluated in blocks of {@code blockSize}; block k's points
 * come from the sampler's {@link PointGenerator} (streams keyed by seed and k only), each block
 * writes its own rows, and every sum runs in row order afterwards: bit-identical on any thread count.
 */
public final class SobolIndices {

    /** A 0/1 output whose rarer value occurs on fewer sampled paths than this gets a warning: its indices are unreliable. */
    public static final int RARE_EVENT_PATHS = 50;

    /** Stream tag of the bootstrap resamples. */
    static final long TAG_BOOTSTRAP = 0x5E45_B007_0000_0001L;

    public static final int DEFAULT_SAMPLES = 1 << 12;
    public static final int DEFAULT_BOOTSTRAP = 300;
    public static final int DEFAULT_BLOCK_SIZE = 256;

    private final Model model;
    private final long seed;
    private final int samples;
    private final SamplingMethod method;
    private final int bootstrap;
    private final int threads;
    private final int blockSize;
    private final List<InputGroup> groups;

    private SobolIndices(Model model, long seed, int samples, SamplingMethod method, int bootstrap, int threads,
                         int blockSize, List<InputGroup> groups) {
        this.model = model;
        this.seed = seed;
        this.samples = samples;
        this.method = method;
        this.bootstrap = bootstrap;
        this.threads = threads;
        this.blockSize = blockSize;
        this.groups = List.copyOf(groups);
        DesignArguments.check(samples, 2, bootstrap, threads, blockSize);
        if (method == SamplingMethod.LHS) {
            throw new IllegalArgumentException("Sobol indices need MC or SOBOL base points, not LHS");
        }
    }

    /** Defaults: seed 1, N = 2^12, scrambled Sobol points, 300 bootstrap resamples, all processors, no groups. */
    public static SobolIndices of(Model model) {
        Objects.requireNonNull(model, "model");
        return new SobolIndices(model, 1L, DEFAULT_SAMPLES, SamplingMethod.SOBOL, DEFAULT_BOOTSTRAP,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE, List.of());
    }

    public SobolIndices withSeed(long s) {
        return new SobolIndices(model, s, samples, method, bootstrap, threads, blockSize, groups);
    }

    /** N: rows of A and B (a power of two is best with SOBOL). */
    public SobolIndices withSamples(int n) {
        return new SobolIndices(model, seed, n, method, bootstrap, threads, blockSize, groups);
    }

    /** MC or SOBOL base points. */
    public SobolIndices withMethod(SamplingMethod m) {
        return new SobolIndices(model, seed, samples, Objects.requireNonNull(m, "method"), bootstrap, threads,
                blockSize, groups);
    }

    /** Bootstrap resamples (0: no intervals, NaN ends). */
    public SobolIndices withBootstrap(int b) {
        return new SobolIndices(model, seed, samples, method, b, threads, blockSize, groups);
    }

    /** Worker threads; never changes the result. */
    public SobolIndices withThreads(int t) {
        return new SobolIndices(model, seed, samples, method, bootstrap, t, blockSize, groups);
    }

    /** Rows per block; part of the result's identity for MC points. */
    public SobolIndices withBlockSize(int b) {
        return new SobolIndices(model, seed, samples, method, bootstrap, threads, b, groups);
    }

    /** Groups of inputs whose joint indices are also computed (N more evaluations per group). */
    public SobolIndices withGroups(List<InputGroup> g) {
        return new SobolIndices(model, seed, samples, method, bootstrap, threads, blockSize, g);
    }

    public long seed() {
        return seed;
    }

    public int samples() {
        return samples;
    }

    public SamplingMethod method() {
        return method;
    }

    public int bootstrap() {
        return bootstrap;
    }

    /** True for an input with no uncertainty: it is held at its value and costs no evaluations. */
    static boolean isFixed(Distribution d) {
        return d.lowerBound() == d.upperBound() || d.variance() == 0.0;
    }

    public SobolResult run(List<String> outputNames) {
        return run(outputNames, ProgressListener.NONE);
    }

    /**
     * {@link #run(List)}, with two stages: "Sobol indices: design" counts blocks of the design
     * evaluated, "Sobol indices: bootstrap" the replicates.
     */
    public SobolResult run(List<String> outputNames, ProgressListener progress) {
        Response[] resp = Response.resolve(model, outputNames);
        int m = resp.length;
        InputSpace space = model.inputs();
        List<InputSpec> ins = space.inputs();
        int dAll = ins.size();

        // Non-fixed inputs are the columns of A and B; fixed ones sit at their (only) value.
        double[] base = new double[dAll];
        List<Integer> varList = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < dAll; i++) {
            Distribution dist = ins.get(i).distribution();
            if (isFixed(dist)) {
                fixed.add(ins.get(i).name());
                base[i] = dist.quantile(0.5);
            } else {
                varList.add(i);
            }
        }
        int d = varList.size();
        if (d == 0) {
            throw new IllegalArgumentException("every input is fixed: nothing to analyse");
        }
        int[] var = varList.stream().mapToInt(Integer::intValue).toArray();
        // Independent design: the copula is deliberately not applied (see the class comment).
        InputTransform mapper = InputTransform.of(space);
        List<String> names2d = new ArrayList<>(2 * d);
        for (int c = 0; c < d; c++) {
            names2d.add("sobol.A." + ins.get(var[c]).name());
        }
        for (int c = 0; c < d; c++) {
            names2d.add("sobol.B." + ins.get(var[c]).name());
        }

        // Factors: every non-fixed input, then every group; columns are indices into the input vector.
        List<String> warnings = new ArrayList<>();
        int g = groups.size();
        int f = d + g;
        int[][] factorCols = new int[f][];
        for (int c = 0; c < d; c++) {
            factorCols[c] = new int[] {var[c]};
        }
        List<List<String>> groupMembers = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            InputGroup grp = groups.get(k);
            List<Integer> cols = new ArrayList<>();
            List<String> members = new ArrayList<>();
            for (String name : grp.inputs()) {
                int i = space.indexOf(name);
                if (!fixed.contains(name)) {
                    cols.add(i);
                    members.add(name);
                }
            }
            if (cols.isEmpty()) {
                warnings.add("group '" + grp.name() + "' has only fixed inputs: its indices are 0");
            }
            factorCols[d + k] = cols.stream().mapToInt(Integer::intValue).toArray();
            groupMembers.add(members);
        }
        long cells = (long) samples * f * m;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("N·(factors)·(outputs) = " + cells + " values is too many to store");
        }

        int n = samples;
        double[] fA = new double[n * m];
        double[] fB = new double[n * m];
        double[] fAB = new double[(int) cells];
        int blocks = (n + blockSize - 1) / blockSize;
        int[][] censored = new int[blocks][m];
        PointGenerator gen = PointGenerator.of(method, seed, blockSize, names2d);
        int[] colOfInput = new int[dAll];
        java.util.Arrays.fill(colOfInput, -1);
        for (int c = 0; c < d; c++) {
            colOfInput[var[c]] = c;
        }
        int nOut = model.outputs().size();

        progress.onStage("Sobol indices: design");
        Parallel.forEach(blocks, threads, k -> {
            PointCursor cursor = gen.newCursor();
            Model.Evaluator ev = model.newEvaluator();
            int first = k * blockSize;
            int len = Math.min(blockSize, n - first);
            cursor.start(k, len);
            double[] u = new double[2 * d];
            double[] xA = base.clone();
            double[] xB = base.clone();
            double[] x = base.clone();
            double[] y = new double[nOut];
            int[] cens = censored[k];
            for (int r = 0; r < len; r++) {
                int j = first + r;
                cursor.next(u);
                for (int c = 0; c < d; c++) {
                    xA[var[c]] = mapper.quantile(var[c], u[c]);
                    xB[var[c]] = mapper.quantile(var[c], u[d + c]);
                }
                ev.evaluate(xA, y);
                for (int o = 0; o < m; o++) {
                    fA[j * m + o] = resp[o].value(y);
                    if (resp[o].censored(y)) {
                        cens[o]++;
                    }
                }
                ev.evaluate(xB, y);
                for (int o = 0; o < m; o++) {
                    fB[j * m + o] = resp[o].value(y);
                    if (resp[o].censored(y)) {
                        cens[o]++;
                    }
                }
                System.arraycopy(xA, 0, x, 0, dAll);
                for (int q = 0; q < f; q++) {
                    int[] cols = factorCols[q];
                    for (int i : cols) {
                        x[i] = xB[i];
                    }
                    ev.evaluate(x, y);
                    int off = (j * f + q) * m;
                    for (int o = 0; o < m; o++) {
                        fAB[off + o] = resp[o].value(y);
                    }
                    for (int i : cols) {
                        x[i] = xA[i];
                    }
                }
            }
        }, progress);

        // Centre every output on its pooled A ∪ B mean (row order: deterministic).
        double[] mean = new double[m];
        for (int j = 0; j < n; j++) {
            for (int o = 0; o < m; o++) {
                mean[o] += fA[j * m + o] + fB[j * m + o];
            }
        }
        for (int o = 0; o < m; o++) {
            mean[o] /= 2.0 * n;
        }
        Estimator est = new Estimator(fA, fB, fAB, n, f, m, mean);
        double[] s1 = new double[f * m];
        double[] st = new double[f * m];
        double[] v = new double[m];
        est.estimate(null, s1, st, v);

        int bs = bootstrap;
        double[][] bootS1 = new double[bs][f * m];
        double[][] bootSt = new double[bs][f * m];
        progress.onStage("Sobol indices: bootstrap");
        Parallel.forEach(bs, threads, b -> {
            UniformRandomProvider rng = Streams.stream(seed, TAG_BOOTSTRAP, b, 0L);
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            est.estimate(rows, bootS1[b], bootSt[b], new double[m]);
        }, progress);

        List<String> correlatedNames = new ArrayList<>();
        for (int i : space.correlated()) {
            correlatedNames.add(ins.get(i).name());
        }
        if (!correlatedNames.isEmpty()) {
            warnings.add(0, "inputs " + String.join(", ", correlatedNames)
                    + " are rank-correlated in the model (Gaussian copula); Sobol indices here are computed with"
                    + " them independent");
        }

        List<SobolOutput> outs = new ArrayList<>(m);
        double[] rep = new double[bs];
        for (int o = 0; o < m; o++) {
            long cens = 0;
            for (int[] c : censored) {
                cens += c[o];
            }
            double censoredFraction = cens / (2.0 * n);
            String note = "";
            if (!(v[o] > 0)) {
                note = "output is constant over the sample: indices undefined";
                warnings.add("output '" + resp[o].name() + "' is constant over the sample; its Sobol indices are"
                        + " undefined (NaN)");
            }
            if (resp[o].isIndicator() && v[o] > 0) {
                long ones = 0;
                for (int j = 0; j < n; j++) {
                    ones += Math.round(fA[j * m + o]) + Math.round(fB[j * m + o]);
                }
                String rare = Response.rareEventWarning(resp[o].name(), ones, 2L * n);
                if (rare != null) {
                    warnings.add(rare);
                    // Bootstrap intervals of such an output span most of [0, 1] or beyond: reports
                    // show this note instead of the numbers (the JSON keeps them).
                    note = String.format(java.util.Locale.ROOT, "not estimable: the output took its rarer value on"
                            + " only %d of %d sampled paths (%d needed)", Math.min(ones, 2L * n - ones), 2L * n,
                            RARE_EVENT_PATHS);
                }
            }
            if (cens > 0) {
                warnings.add(String.format(java.util.Locale.ROOT,
                        "output '%s': %.2f%% of sampled paths censored (after the horizon) and clipped to the %s-year"
                                + " horizon before computing indices", resp[o].name(), 100.0 * censoredFraction,
                        resp[o].horizonText()));
            }
            List<SobolIndex> single = new ArrayList<>(d);
            List<SobolIndex> grouped = new ArrayList<>(g);
            for (int q = 0; q < f; q++) {
                int idx = q * m + o;
                for (int b = 0; b < bs; b++) {
                    rep[b] = bootS1[b][idx];
                }
                Interval ci1 = bs > 0 ? Stats.interval95(rep) : new Interval(Double.NaN, Double.NaN);
                for (int b = 0; b < bs; b++) {
                    rep[b] = bootSt[b][idx];
                }
                Interval ciT = bs > 0 ? Stats.interval95(rep) : new Interval(Double.NaN, Double.NaN);
                if (q < d) {
                    String name = ins.get(var[q]).name();
                    single.add(new SobolIndex(name, List.of(name), false, s1[idx], ci1, st[idx], ciT));
                } else {
                    int k = q - d;
                    grouped.add(new SobolIndex(groups.get(k).name(), groupMembers.get(k), true, s1[idx], ci1,
                            st[idx], ciT));
                }
            }
            outs.add(new SobolOutput(resp[o].name(), mean[o], v[o], censoredFraction, single, grouped, note));
        }
        long evaluations = (long) n * (f + 2);
        return new SobolResult(outs, warnings, seed, n, method, bs, evaluations, fixed);
    }

    /** The estimators over a set of rows (all rows in order, or a bootstrap resample). */
    private static final class Estimator {
        private final double[] fA;
        private final double[] fB;
        private final double[] fAB;
        private final int n;
        private final int f;
        private final int m;
        private final double[] centre;

        Estimator(double[] fA, double[] fB, double[] fAB, int n, int f, int m, double[] centre) {
            this.fA = fA;
            this.fB = fB;
            this.fAB = fAB;
            this.n = n;
            this.f = f;
            this.m = m;
            this.centre = centre;
        }

        /**
         * @param rows the rows to use (with repetition), or null for 0..n-1
         * @param s1   out: first-order indices, [factor * m + output]
         * @param st   out: total-effect indices
         * @param v    out: variance per output
         */
        void estimate(int[] rows, double[] s1, double[] st, double[] v) {
            double[] sum = new double[m];
            double[] sum2 = new double[m];
            double[] first = new double[f * m];
            double[] total = new double[f * m];
            for (int r = 0; r < n; r++) {
                int j = rows == null ? r : rows[r];
                int jm = j * m;
                for (int o = 0; o < m; o++) {
                    double a = fA[jm + o] - centre[o];
                    double b = fB[jm + o] - centre[o];
                    sum[o] += a + b;
                    sum2[o] += a * a + b * b;
                }
                int off = j * f * m;
                for (int q = 0; q < f; q++) {
                    int qo = q * m;
                    for (int o = 0; o < m; o++) {
                        double a = fA[jm + o];
                        double ab = fAB[off + qo + o];
                        double diff = ab - a;
                        first[qo + o] += (fB[jm + o] - centre[o]) * diff;
                        total[qo + o] += diff * diff;
                    }
                }
            }
            for (int o = 0; o < m; o++) {
                double two = 2.0 * n;
                v[o] = (sum2[o] - sum[o] * sum[o] / two) / (two - 1.0);
            }
            for (int q = 0; q < f; q++) {
                for (int o = 0; o < m; o++) {
                    int idx = q * m + o;
                    if (v[o] > 0) {
                        s1[idx] = first[idx] / n / v[o];
                        st[idx] = total[idx] / (2.0 * n) / v[o];
                    } else {
                        s1[idx] = Double.NaN;
                        st[idx] = Double.NaN;
                    }
                }
            }
        }
    }
}

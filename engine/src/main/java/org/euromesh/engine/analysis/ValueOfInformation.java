package org.euromesh.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.sampling.Streams;
import org.euromesh.engine.sensitivity.InputGroup;
import org.euromesh.engine.sensitivity.Interval;
import org.euromesh.engine.sensitivity.Parallel;
import org.euromesh.engine.sensitivity.Stats;

/**
 * Expected value of perfect and of partial perfect information (EVPI, EVPPI) for a choice
 * between two options A and B whose losses L_A, L_B (smaller is better) are outputs of the
 * model, estimated on one Monte Carlo sample by regression (Strong, Oakley &amp; Brennan 2014,
 * "Estimating multiparameter partial expected value of perfect information from a probabilistic
 * sensitivity analysis sample: a nonparametric regression approach").
 *
 * <p><b>Derivation.</b> Let D = L_A − L_B, the loss of choosing A rather than B (D &gt; 0: B is
 * better on that path). Since min(L_A, L_B) = L_A − max(0, D) and
 * min(E L_A, E L_B) = E L_A − max(0, E D):
 * <pre>
 *   EVPI  = min_a E[L_a] − E[min_a L_a]          = E[max(0, D)] − max(0, E[D])
 *   EVPPI(X_g) = min_a E[L_a] − E_{X_g}[min_a E[L_a | X_g]]
 *              = E[max(0, g(X_g))] − max(0, E[D]),   g(x) = E[D | X_g = x]
 * </pre>
 * (with X_g known the decision maker picks B exactly when g(X_g) &gt; 0). Both are ≥ 0 and
 * EVPPI ≤ EVPI (Jensen). The estimator replaces g by ĝ, the least-squares fit of D on the
 * {@link SplineBasis} of the group's inputs, and the expectations by sample means:
 * {@code EVPPI ≈ mean_j max(0, ĝ_j) − max(0, mean_j ĝ_j)} (mean ĝ = mean D: the fit has an
 * intercept). A basis that misses part of g biases the estimate down; fitting noise biases it up
 * by O(p/N) (p columns); the validation tests bound both on a closed-form decision.
 *
 * <p><b>Jumps.</b> A smooth basis blurs a jump in g (a method that fails below a threshold), and
 * blurring a jump across 0 loses value of information. For groups of at most
 * {@link CellMeans#MAX_INPUTS} inputs the estimator also fits {@link CellMeans} (the mean of D in
 * quantile cells of the group's inputs) and keeps whichever of the two predicts D better on
 * held-out blocks (fitted on the even blocks, scored on the odd ones); {@link Evppi#estimator}
 * says which.
 *
 * <p><b>Intervals.</b> The N rows are cut into {@link #BLOCKS} consecutive blocks; a bootstrap
 * replicate resamples blocks with replacement (stream (seed, TAG, replicate) only; the same resample
 * serves EVPI and every group, so their differences are not resampling noise), refits
 * the regression from the blocks' stored normal equations and recomputes the estimate: it carries
 * the regression's sampling error as well as the averages'. MC rows are independent, so blocks of
 * rows are independent too. Bit-identical on any number of threads: every replicate writes its own
 * slot and sums run in block order.
 */
public final class ValueOfInformation {

    static final long TAG_BOOTSTRAP = 0x5E45_B007_0000_0A01L;
    public static final int DEFAULT_BOOTSTRAP = 200;
    /** Bootstrap blocks (fewer when there are fewer paths). */
    static final int BLOCKS = 200;

    private final PathSample sample;
    private final String lossA;
    private final String lossB;
    private final List<InputGroup> groups;
    private final int bootstrap;
    private final long seed;
    private final int threads;

    private ValueOfInformation(PathSample sample, String lossA, String lossB, List<InputGroup> groups, int bootstrap,
                               long seed, int threads) {
        this.sample = sample;
        this.lossA = lossA;
        this.lossB = lossB;
        this.groups = List.copyOf(groups);
        this.bootstrap = bootstrap;
        this.seed = seed;
        this.threads = threads;
    }

    /** The choice between the options whose losses are outputs {@code lossA} and {@code lossB} of the sample. */
    public static ValueOfInformation of(PathSample sample, String lossA, String lossB) {
        Objects.requireNonNull(sample, "sample");
        sample.output(lossA);
        sample.output(lossB);
        if (sample.size() < 100) {
            throw new IllegalArgumentException("value of information needs at least 100 paths, got " + sample.size());
        }
        return new ValueOfInformation(sample, lossA, lossB, List.of(), DEFAULT_BOOTSTRAP, 1L,
                Runtime.getRuntime().availableProcessors());
    }

    /** Groups whose EVPPI to estimate (members not in the sample, e.g. fixed inputs, are ignored). */
    public ValueOfInformation withGroups(List<InputGroup> g) {
        return new ValueOfInformation(sample, lossA, lossB, g, bootstrap, seed, threads);
    }

    public ValueOfInformation withBootstrap(int b) {
        if (b < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + b);
        }
        return new ValueOfInformation(sample, lossA, lossB, groups, b, seed, threads);
    }

    public ValueOfInformation withSeed(long s) {
        return new ValueOfInformation(sample, lossA, lossB, groups, bootstrap, s, threads);
    }

    /** Worker threads; never changes the result. */
    public ValueOfInformation withThreads(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + t);
        }
        return new ValueOfInformation(sample, lossA, lossB, groups, bootstrap, seed, t);
    }

    public VoiResult run() {
        return run(ProgressListener.NONE);
    }

    /** Progress counts groups done (plus one for EVPI) out of groups + 1. */
    public VoiResult run(ProgressListener progress) {
        double[] la = sample.output(lossA);
        double[] lb = sample.output(lossB);
        int n = la.length;
        int nb = Math.min(BLOCKS, n);
        int[] start = new int[nb + 1];
        for (int b = 0; b <= nb; b++) {
            start[b] = (int) ((long) n * b / nb);
        }
        double[] dd = new double[n];
        for (int j = 0; j < n; j++) {
            dd[j] = la[j] - lb[j];
        }
        int[][] counts = new int[bootstrap][];
        for (int r = 0; r < bootstrap; r++) {
            counts[r] = resample(seed, r, nb);
        }
        // EVPI and the two expected losses, per block then per replicate.
        double[][] blockSums = new double[nb][4];
        for (int b = 0; b < nb; b++) {
            for (int j = start[b]; j < start[b + 1]; j++) {
                blockSums[b][0] += la[j];
                blockSums[b][1] += lb[j];
                blockSums[b][2] += Math.max(0.0, dd[j]);
                blockSums[b][3] += dd[j] > 0 ? 1 : 0;
            }
        }
        double[] full = weighted(blockSums, null, start);
        double evpi = full[2] - Math.max(0.0, full[0] - full[1]);
        double[] repA = new double[bootstrap];
        double[] repB = new double[bootstrap];
        double[] repEvpi = new double[bootstrap];
        for (int r = 0; r < bootstrap; r++) {
            double[] w = weighted(blockSums, counts[r], start);
            repA[r] = w[0];
            repB[r] = w[1];
            repEvpi[r] = w[2] - Math.max(0.0, w[0] - w[1]);
        }
        int done = 1;
        progress.onProgress(1, groups.size() + 1);
        List<Evppi> out = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            out.add(evppi(groups.get(gi), dd, start, counts));
            progress.onProgress(++done, groups.size() + 1);
        }
        return new VoiResult(lossA, lossB, full[0], interval(repA), full[1], interval(repB), full[3], evpi,
                interval(repEvpi), out, n, bootstrap, seed);
    }

    private Interval interval(double[] rep) {
        return rep.length == 0 ? new Interval(Double.NaN, Double.NaN) : Stats.interval95(rep);
    }

    /** Block counts of bootstrap replicate r: nb draws of a block with replacement. */
    static int[] resample(long seed, int r, int nb) {
        UniformRandomProvider rng = Streams.stream(seed, TAG_BOOTSTRAP, r, 0L);
        int[] c = new int[nb];
        for (int k = 0; k < nb; k++) {
            c[rng.nextInt(nb)]++;
        }
        return c;
    }

    /** Means of the block sums' columns, each block weighted by its count (null: 1). */
    private static double[] weighted(double[][] sums, int[] counts, int[] start) {
        int m = sums[0].length;
        double[] s = new double[m];
        double rows = 0;
        for (int b = 0; b < sums.length; b++) {
            double c = counts == null ? 1 : counts[b];
            if (c == 0) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                s[k] += c * sums[b][k];
            }
            rows += c * (start[b + 1] - start[b]);
        }
        for (int k = 0; k < m; k++) {
            s[k] /= rows;
        }
        return s;
    }

    private Evppi evppi(InputGroup g, double[] dd, int[] start, int[][] counts) {
        List<String> present = g.inputs().stream().filter(i -> sample.inputIndex(i) >= 0).toList();
        if (present.isEmpty()) {
            return new Evppi(g.name(), present, 0.0, new Interval(0.0, 0.0), 0.0, 1, Evppi.SPLINES);
        }
        double[][] cols = new double[present.size()][];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = sample.input(sample.inputIndex(present.get(i)));
        }
        SplineBasis basis = SplineBasis.of(cols);
        int p = basis.columns();
        int nb = start.length - 1;
        // Normal equations per block: X'X (upper triangle, row-major p x p) and X'D.
        double[][] xtx = new double[nb][];
        double[][] xty = new double[nb][];
        double[] yy = new double[nb];
        Parallel.forEach(nb, threads, b -> {
            double[] a = new double[p * p];
            double[] v = new double[p];
            double[] row = new double[p];
            double s = 0;
            for (int j = start[b]; j < start[b + 1]; j++) {
                basis.fill(j, row);
                double y = dd[j];
                s += y * y;
                for (int r = 0; r < p; r++) {
                    double xr = row[r];
                    v[r] += xr * y;
                    int off = r * p;
                    for (int c = r; c < p; c++) {
                        a[off + c] += xr * row[c];
                    }
                }
            }
            xtx[b] = a;
            xty[b] = v;
            yy[b] = s;
        });
        double[] rep = new double[counts.length];
        if (cols.length <= CellMeans.MAX_INPUTS && nb >= 4) {
            // A small group may have a jump the splines blur: fit both on the even blocks, keep
            // the one that predicts the odd blocks better.
            CellMeans cm = CellMeans.of(cols);
            double[][][] sums = new double[nb][][];
            Parallel.forEach(nb, threads, b -> sums[b] = cm.blockSums(dd, start, b));
            boolean[] test = new boolean[nb];
            int[] train = new int[nb];
            for (int b = 0; b < nb; b++) {
                test[b] = (b & 1) == 1;
                train[b] = test[b] ? 0 : 1;
            }
            double cellSse = cm.holdoutSse(sums, test, dd, start);
            double splineSse = splineHoldoutSse(basis, dd, start, xtx, xty, train, test);
            if (cellSse < splineSse) {
                double[] full = cm.estimate(sums, null);
                Parallel.forEach(counts.length, threads, r -> rep[r] = cm.estimate(sums, counts[r])[0]);
                return new Evppi(g.name(), present, full[0], interval(rep), full[1], cm.cells(), Evppi.CELL_MEANS);
            }
        }
        double[][] fits = fits(basis, dd, start, xtx, xty, yy, counts, threads);
        for (int r = 0; r < counts.length; r++) {
            rep[r] = fits[r + 1][0];
        }
        return new Evppi(g.name(), present, fits[0][0], interval(rep), fits[0][1], p, Evppi.SPLINES);
    }

    /** Squared error on the test blocks' rows of the spline fit to the train blocks. */
    private static double splineHoldoutSse(SplineBasis basis, double[] dd, int[] start, double[][] xtx, double[][] xty,
                                           int[] train, boolean[] test) {
        int p = basis.columns();
        double[] a = new double[p * p];
        double[] v = new double[p];
        for (int b = 0; b < train.length; b++) {
            if (train[b] == 0) {
                continue;
            }
            for (int k = 0; k < a.length; k++) {
                a[k] += xtx[b][k];
            }
            for (int k = 0; k < p; k++) {
                v[k] += xty[b][k];
            }
        }
        double[] beta = solve(a, v, p);
        double[] row = new double[p];
        double sse = 0;
        for (int b = 0; b < test.length; b++) {
            if (!test[b]) {
                continue;
            }
            for (int j = start[b]; j < start[b + 1]; j++) {
                basis.fill(j, row);
                double g = 0;
                for (int k = 0; k < p; k++) {
                    g += row[k] * beta[k];
                }
                double e = dd[j] - g;
                sse += e * e;
            }
        }
        return sse;
    }

    /**
     * The regression of D on the basis over the blocks, once unweighted (row 0 of the result) and
     * once weighted by each bootstrap replicate's block counts (row r + 1), with {EVPPI estimate,
     * R²} from each fit.
     *
     * <p>Why this shape: every fit needs ĝ on every path, and the basis row of a path is the same
     * for all fits, so each row is built once and multiplied by all the fits' coefficients
     * (blocks in parallel), instead of being rebuilt per replicate (building rows was two thirds
     * of the value-of-information time). The sums run in the same order as one fit at a time
     * would (rows within a block, then blocks in order), so the estimates are unchanged.
     */
    private static double[][] fits(SplineBasis basis, double[] dd, int[] start, double[][] xtx, double[][] xty,
                                   double[] yy, int[][] counts, int threads) {
        int p = basis.columns();
        int nb = start.length - 1;
        int fitsCount = counts.length + 1;
        double[][] beta = new double[fitsCount][];
        double[] rows = new double[fitsCount];
        double[] mean = new double[fitsCount];
        double[] syy = new double[fitsCount];
        Parallel.forEach(fitsCount, threads, f -> {
            int[] c = f == 0 ? null : counts[f - 1];
            double[] a = new double[p * p];
            double[] v = new double[p];
            double s = 0;
            for (int b = 0; b < nb; b++) {
                double w = c == null ? 1 : c[b];
                if (w == 0) {
                    continue;
                }
                double[] ab = xtx[b];
                for (int k = 0; k < a.length; k++) {
                    a[k] += w * ab[k];
                }
                for (int k = 0; k < p; k++) {
                    v[k] += w * xty[b][k];
                }
                s += w * yy[b];
            }
            rows[f] = a[0];
            mean[f] = v[0] / a[0];
            syy[f] = s;
            beta[f] = solve(a, v, p);
        });
        // Per block and fit: the sums of max(0, ĝ), ĝ and (ĝ − mean)² over the block's rows.
        double[][] blockSums = new double[nb][];
        Parallel.forEach(nb, threads, b -> {
            double[] sums = new double[3 * fitsCount];
            double[] row = new double[p];
            for (int j = start[b]; j < start[b + 1]; j++) {
                basis.fill(j, row);
                for (int f = 0; f < fitsCount; f++) {
                    if (f > 0 && counts[f - 1][b] == 0) {
                        continue;
                    }
                    double[] bf = beta[f];
                    double g = 0;
                    for (int k = 0; k < p; k++) {
                        g += row[k] * bf[k];
                    }
                    double e = g - mean[f];
                    sums[3 * f] += g > 0 ? g : 0.0;
                    sums[3 * f + 1] += g;
                    sums[3 * f + 2] += e * e;
                }
            }
            blockSums[b] = sums;
        });
        double[][] out = new double[fitsCount][];
        for (int f = 0; f < fitsCount; f++) {
            double pos = 0;
            double fitted = 0;
            double ss = 0;
            for (int b = 0; b < nb; b++) {
                double w = f == 0 ? 1 : counts[f - 1][b];
                if (w == 0) {
                    continue;
                }
                pos += w * blockSums[b][3 * f];
                fitted += w * blockSums[b][3 * f + 1];
                ss += w * blockSums[b][3 * f + 2];
            }
            double evppi = pos / rows[f] - Math.max(0.0, fitted / rows[f]);
            double total = syy[f] - rows[f] * mean[f] * mean[f];
            out[f] = new double[] {Math.max(0.0, evppi), total > 0 ? ss / total : 0.0};
        }
        return out;
    }

    /**
     * Solves A β = v for the symmetric A given by its upper triangle (row-major p x p), by Cholesky
     * with a tiny ridge (1e-9 of the mean diagonal) so that duplicate columns (a discrete input's
     * hinges) do not break it. The ridge moves the fit by a relative 1e-9: immaterial.
     */
    static double[] solve(double[] upper, double[] v, int p) {
        double[] l = new double[p * p];
        double trace = 0;
        for (int i = 0; i < p; i++) {
            trace += upper[i * p + i];
        }
        double ridge = 1e-9 * trace / p;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = upper[j * p + i] + (i == j ? ridge : 0.0);
                for (int k = 0; k < j; k++) {
                    s -= l[i * p + k] * l[j * p + k];
                }
                if (i == j) {
                    l[i * p + i] = s > 0 ? Math.sqrt(s) : Math.sqrt(ridge);
                } else {
                    l[i * p + j] = s / l[j * p + j];
                }
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = v[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * p + k] * z[k];
            }
            z[i] = s / l[i * p + i];
        }
        double[] beta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k * p + i] * beta[k];
            }
            beta[i] = s / l[i * p + i];
        }
        return beta;
    }
}

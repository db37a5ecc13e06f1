package org.euromesh.engine.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.euromesh.distributions.NormalMath;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * Scenario discovery by PRIM, the patient rule induction method (Friedman &amp; Fisher 1999,
 * "Bump hunting in high-dimensional data"): which box of input space holds most of the paths
 * where a 0/1 outcome is 1, and few of the others.
 *
 * <p><b>Holdout.</b> Even rows (0, 2, 4, ...) train, odd rows test. On independent Monte Carlo
 * paths this is a random split; it needs no random numbers, so the result is a function of the
 * sample only. Everything the method chooses (the peels, the box, the pruning) uses the training
 * half; every number reported for the chosen box, and its significance, uses the held-out half.
 *
 * <p><b>Peeling.</b> Starting from the whole space, each step considers, for every input, removing
 * the {@code peel} share of the paths in the box with the lowest values of that input, or the
 * highest (all paths tied with the cut value go too), and makes the one removal that leaves the
 * highest density (share of wins) in the box; ties go to the larger remaining box, then to the
 * earlier input, lower side first. It stops before the box would hold less than {@code minMass}
 * of the training paths (and never below {@link #MIN_BOX_PATHS} paths). No pasting.
 *
 * <p><b>Choosing the box</b> (documented rule). Among the boxes of the trajectory whose training
 * density is at least {@code min(2·b, (1 + b)/2)} (b: the training base rate, so at least twice
 * as dense in wins as the whole space), the one with the highest F1 score
 * {@code 2·coverage·density / (coverage + density)}, the balance of "holds most wins" and "holds
 * few losses" (the knee of the coverage–density curve); ties go to the earlier, larger box.
 * <b>Pruning.</b> Then restrictions are dropped one at a time, always the one whose removal gives
 * the highest training F1, while that F1 is no lower than the box's: a restriction peeled only
 * because of noise costs coverage and buys no density, so it goes.
 *
 * <p><b>Significance.</b> On the held-out half, the density inside the box is compared with the
 * density outside it by a one-sided two-proportion z-test; the box is significant when
 * {@code p < alpha} (default 0.01). Only one box is tested (it was chosen on the other half), so
 * when the outcome does not depend on the inputs a box is claimed significant with probability at
 * most {@code alpha} (asymptotically).
 */
public final class Prim {

    public static final double DEFAULT_PEEL = 0.05;
    public static final double DEFAULT_MIN_MASS = 0.01;
    public static final double DEFAULT_ALPHA = 0.01;
    /** Whatever minMass says, a box keeps at least this many training paths. */
    public static final int MIN_BOX_PATHS = 25;

    private final List<String> names;
    private final double[][] x;
    private final boolean[] y;
    private final double peel;
    private final double minMass;
    private final double alpha;

    private Prim(List<String> names, double[][] x, boolean[] y, double peel, double minMass, double alpha) {
        this.names = names;
        this.x = x;
        this.y = y;
        this.peel = peel;
        this.minMass = minMass;
        this.alpha = alpha;
    }

    /**
     * @param sample  the paths (its non-fixed inputs are the candidate box dimensions)
     * @param outcome one value per path: true where the outcome of interest happened
     */
    public static Prim of(PathSample sample, boolean[] outcome) {
        Objects.requireNonNull(sample, "sample");
        return of(sample.inputNames(), sample.inputs(), outcome);
    }

    /** PRIM over columns {@code x[i][j]} (input i, path j) named {@code names}; not copied. */
    public static Prim of(List<String> names, double[][] x, boolean[] outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (names.size() != x.length || x.length == 0) {
            throw new IllegalArgumentException("need one name per input column and at least one column");
        }
        for (double[] col : x) {
            if (col.length != outcome.length) {
                throw new IllegalArgumentException("every input column needs one value per outcome ("
                        + outcome.length + "), got " + col.length);
            }
        }
        if (outcome.length < 4 * MIN_BOX_PATHS) {
            throw new IllegalArgumentException("PRIM needs at least " + 4 * MIN_BOX_PATHS + " paths, got "
                    + outcome.length);
        }
        return new Prim(List.copyOf(names), x, outcome, DEFAULT_PEEL, DEFAULT_MIN_MASS, DEFAULT_ALPHA);
    }

    /** Share of the box's paths removed per step, in (0, 0.5). */
    public Prim withPeel(double p) {
        if (!(p > 0 && p < 0.5)) {
            throw new IllegalArgumentException("peel must be in (0, 0.5), got " + p);
        }
        return new Prim(names, x, y, p, minMass, alpha);
    }

    /** Smallest box mass peeled to, in (0, 1). */
    public Prim withMinMass(double m) {
        if (!(m > 0 && m < 1)) {
            throw new IllegalArgumentException("minMass must be in (0, 1), got " + m);
        }
        return new Prim(names, x, y, peel, m, alpha);
    }

    /** Significance level of the held-out test, in (0, 1). */
    public Prim withAlpha(double a) {
        if (!(a > 0 && a < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + a);
        }
        return new Prim(names, x, y, peel, minMass, a);
    }

    public PrimResult run() {
        return run(ProgressListener.NONE);
    }

    /**
     * {@link #run()}; progress counts training paths peeled off, out of those that can be (down to
     * the smallest box), plus one for choosing and measuring the box.
     */
    public PrimResult run(ProgressListener progress) {
        int nt = (y.length + 1) / 2;
        long total = Math.max(0, nt - floor(nt)) + 1L;
        PrimResult r = peel(progress, total);
        progress.onProgress(total, total);
        return r;
    }

    /** The smallest box, in training paths. */
    private int floor(int nt) {
        return Math.max(MIN_BOX_PATHS, (int) Math.ceil(minMass * nt));
    }

    private PrimResult peel(ProgressListener progress, long total) {
        int n = y.length;
        int d = x.length;
        int nt = (n + 1) / 2;
        int ne = n / 2;
        double[][] xt = new double[d][nt];
        double[][] xe = new double[d][ne];
        boolean[] yt = new boolean[nt];
        boolean[] ye = new boolean[ne];
        for (int j = 0; j < n; j++) {
            boolean train = (j & 1) == 0;
            int r = j >> 1;
            for (int k = 0; k < d; k++) {
                if (train) {
                    xt[k][r] = x[k][j];
                } else {
                    xe[k][r] = x[k][j];
                }
            }
            if (train) {
                yt[r] = y[j];
            } else {
                ye[r] = y[j];
            }
        }
        long winsAll = 0;
        for (boolean b : y) {
            winsAll += b ? 1 : 0;
        }
        long wTrain = count(yt);
        long wTest = count(ye);

        int[][] order = new int[d][];
        for (int k = 0; k < d; k++) {
            double[] col = xt[k];
            order[k] = java.util.stream.IntStream.range(0, nt).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> col[i])).mapToInt(Integer::intValue).toArray();
        }

        // Peeling on the training half; the held-out half follows each peel.
        boolean[] in = new boolean[nt];
        Arrays.fill(in, true);
        boolean[] inE = new boolean[ne];
        Arrays.fill(inE, true);
        int m = nt;
        long w = wTrain;
        int mE = ne;
        long wE = wTest;
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        int[] lowPtr = new int[d];
        int[] highPtr = new int[d];
        Arrays.fill(highPtr, nt - 1);
        List<PrimStep> steps = new ArrayList<>();
        List<double[][]> boxes = new ArrayList<>();
        steps.add(step(m, w, nt, wTrain, mE, wE, ne, wTest, 0));
        boxes.add(new double[][] {lo.clone(), hi.clone()});
        int floor = floor(nt);
        while (true) {
            int q = Math.max(1, (int) Math.ceil(peel * m));
            int bestK = -1;
            boolean bestLow = true;
            int bestCnt = 0;
            long bestW = 0;
            double bestDensity = Double.NEGATIVE_INFINITY;
            double bestCut = Double.NaN;
            for (int k = 0; k < d; k++) {
                for (int side = 0; side < 2; side++) {
                    boolean low = side == 0;
                    int[] ord = order[k];
                    double[] col = xt[k];
                    int cnt = 0;
                    long cw = 0;
                    int pos = low ? lowPtr[k] : highPtr[k];
                    int step = low ? 1 : -1;
                    double cut = Double.NaN;
                    for (; pos >= 0 && pos < nt; pos += step) {
                        int i = ord[pos];
                        if (!in[i]) {
                            continue;
                        }
                        if (cnt >= q && col[i] != cut) {
                            break;
                        }
                        cnt++;
                        cw += yt[i] ? 1 : 0;
                        cut = col[i];
                    }
                    if (cnt == 0 || cnt >= m) {
                        continue;
                    }
                    double dens = (double) (w - cw) / (m - cnt);
                    if (dens > bestDensity || dens == bestDensity && cnt < bestCnt) {
                        bestDensity = dens;
                        bestK = k;
                        bestLow = low;
                        bestCnt = cnt;
                        bestW = cw;
                        bestCut = cut;
                    }
                }
            }
            if (bestK < 0 || m - bestCnt < floor) {
                break;
            }
            int k = bestK;
            double cut = bestCut;
            int[] ord = order[k];
            double[] col = xt[k];
            if (bestLow) {
                lo[k] = cut;
                int pos = lowPtr[k];
                while (pos < nt && col[ord[pos]] <= cut) {
                    in[ord[pos]] = false;
                    pos++;
                }
                lowPtr[k] = pos;
            } else {
                hi[k] = cut;
                int pos = highPtr[k];
                while (pos >= 0 && col[ord[pos]] >= cut) {
                    in[ord[pos]] = false;
                    pos--;
                }
                highPtr[k] = pos;
            }
            m -= bestCnt;
            w -= bestW;
            double[] ce = xe[k];
            for (int r = 0; r < ne; r++) {
                if (inE[r] && (bestLow ? ce[r] <= cut : ce[r] >= cut)) {
                    inE[r] = false;
                    mE--;
                    wE -= ye[r] ? 1 : 0;
                }
            }
            int restricted = 0;
            for (int kk = 0; kk < d; kk++) {
                restricted += lo[kk] > Double.NEGATIVE_INFINITY || hi[kk] < Double.POSITIVE_INFINITY ? 1 : 0;
            }
            steps.add(step(m, w, nt, wTrain, mE, wE, ne, wTest, restricted));
            boxes.add(new double[][] {lo.clone(), hi.clone()});
            progress.onProgress(Math.min(total - 1, nt - m), total);
        }

        ProbabilityEstimate base = ProbabilityEstimate.wilson(wTest, ne);
        double b = (double) wTrain / nt;
        double threshold = Math.min(2 * b, 0.5 * (1 + b));
        int chosen = -1;
        double bestF = Double.NEGATIVE_INFINITY;
        for (int s = 1; s < steps.size(); s++) {
            PrimStep st = steps.get(s);
            if (st.trainDensity() >= threshold && wTrain > 0) {
                double f = f1(st.trainCoverage(), st.trainDensity());
                if (f > bestF) {
                    bestF = f;
                    chosen = s;
                }
            }
        }
        if (chosen < 0) {
            return new PrimResult(n, winsAll, base, steps, -1, List.of(), null, null, null, Double.NaN, false, peel,
                    minMass);
        }
        List<Restriction> box = prune(boxes.get(chosen), xt, yt, wTrain);
        // The chosen box on the held-out half.
        int mIn = 0;
        long wIn = 0;
        for (int r = 0; r < ne; r++) {
            if (inside(box, xe, r)) {
                mIn++;
                wIn += ye[r] ? 1 : 0;
            }
        }
        double p = pValue(wIn, mIn, wTest - wIn, ne - mIn);
        return new PrimResult(n, winsAll, base, steps, chosen, box, ProbabilityEstimate.wilson(wIn, wTest),
                ProbabilityEstimate.wilson(wIn, mIn), ProbabilityEstimate.wilson(mIn, ne), p, p < alpha, peel,
                minMass);
    }

    /** Restrictions of the box, pruned (see the class comment); each with its density when dropped. */
    private List<Restriction> prune(double[][] bounds, double[][] xt, boolean[] yt, long wTrain) {
        List<Integer> r = new ArrayList<>();
        for (int k = 0; k < bounds[0].length; k++) {
            if (bounds[0][k] > Double.NEGATIVE_INFINITY || bounds[1][k] < Double.POSITIVE_INFINITY) {
                r.add(k);
            }
        }
        while (true) {
            double[][] stats = dropStats(r, bounds, xt, yt);
            double f = f1(stats[0][0] / wTrain, stats[0][0] / stats[0][1]);
            int drop = -1;
            double bestF = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < r.size(); c++) {
                double fc = f1(stats[c + 1][0] / wTrain, stats[c + 1][0] / stats[c + 1][1]);
                if (fc > bestF) {
                    bestF = fc;
                    drop = c;
                }
            }
            if (drop < 0 || r.size() == 1 || !(bestF >= f)) {
                List<Restriction> out = new ArrayList<>();
                for (int c = 0; c < r.size(); c++) {
                    int k = r.get(c);
                    out.add(new Restriction(names.get(k), bounds[0][k], bounds[1][k],
                            stats[c + 1][0] / stats[c + 1][1]));
                }
                // Most important first: the restriction whose removal costs most density.
                out.sort(Comparator.comparingDouble(Restriction::densityIfDropped));
                return out;
            }
            r.remove(drop);
        }
    }

    /**
     * Row 0: wins and paths inside the box of restrictions {@code r}; row c + 1: the same with
     * restriction c dropped. One pass: a path is inside the box without c when it violates only c.
     */
    private static double[][] dropStats(List<Integer> r, double[][] bounds, double[][] xt, boolean[] yt) {
        double[][] s = new double[r.size() + 1][2];
        int nt = yt.length;
        for (int i = 0; i < nt; i++) {
            int violated = 0;
            int which = -1;
            for (int c = 0; c < r.size() && violated < 2; c++) {
                int k = r.get(c);
                double v = xt[k][i];
                if (!(v > bounds[0][k] && v < bounds[1][k])) {
                    violated++;
                    which = c;
                }
            }
            double win = yt[i] ? 1 : 0;
            if (violated == 0) {
                for (double[] row : s) {
                    row[0] += win;
                    row[1] += 1;
                }
            } else if (violated == 1) {
                s[which + 1][0] += win;
                s[which + 1][1] += 1;
            }
        }
        return s;
    }

    private boolean inside(List<Restriction> box, double[][] xe, int r) {
        for (Restriction res : box) {
            if (!res.contains(xe[names.indexOf(res.input())][r])) {
                return false;
            }
        }
        return true;
    }

    static double f1(double coverage, double density) {
        return coverage + density > 0 ? 2 * coverage * density / (coverage + density) : 0.0;
    }

    /** One-sided p-value that P(win | in) > P(win | out): pooled two-proportion z-test. */
    static double pValue(long wIn, int mIn, long wOut, int mOut) {
        if (mIn == 0 || mOut == 0) {
            return Double.NaN;
        }
        double pIn = (double) wIn / mIn;
        double pOut = (double) wOut / mOut;
        double pooled = (double) (wIn + wOut) / (mIn + mOut);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / mIn + 1.0 / mOut));
        if (se == 0) {
            return pIn > pOut ? 0.0 : 1.0;
        }
        return NormalMath.phi(-(pIn - pOut) / se);
    }

    private static PrimStep step(int m, long w, int nt, long wTrain, int mE, long wE, int ne, long wTest,
                                 int restricted) {
        return new PrimStep((double) m / nt, wTrain == 0 ? Double.NaN : (double) w / wTrain, (double) w / m,
                (double) mE / ne, wTest == 0 ? Double.NaN : (double) wE / wTest,
                mE == 0 ? Double.NaN : (double) wE / mE, restricted);
    }

    private static long count(boolean[] b) {
        long c = 0;
        for (boolean v : b) {
            c += v ? 1 : 0;
        }
        return c;
    }
}

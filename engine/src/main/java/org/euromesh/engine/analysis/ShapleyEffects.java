package org.euromesh.engine.analysis;

import org.euromesh.engine.sensitivity.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.GaussianCopula;
import org.euromesh.distributions.NormalMath;
import org.euromesh.engine.InputTransform;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.Streams;
import org.euromesh.engine.sensitivity.InputGroup;
import org.euromesh.engine.sensitivity.Interval;
import org.euromesh.engine.sensitivity.Parallel;
import org.euromesh.engine.sensitivity.Stats;

/**
 * Shapley effects of groups of inputs (Owen 2014; Song, Nelson &amp; Staum 2016) with the inputs'
 * Gaussian copula respected: a variance decomposition that stays meaningful when inputs are
 * correlated, where Sobol indices on an independent design do not describe the model as sampled.
 *
 * <p><b>Definition.</b> For the k factors (groups) K and a subset J, the cost
 * c(J) = E[Var(Y | X_{K∖J})], the variance left when everything outside J is known (c(∅) = 0,
 * c(K) = Var Y). The Shapley effect of factor i is
 * <pre>
 *   Sh_i = Σ_{J ∋ i} (|J| − 1)! (k − |J|)! / k! · [c(J) − c(J ∖ {i})]
 * </pre>
 * reported as a share Sh_i / Var Y; the shares are ≥ 0 and sum to 1 (Song et al. 2016, Thm 1),
 * correlated factors sharing the variance they explain jointly. With k ≤ {@link #MAX_FACTORS}
 * every subset is estimated (no permutation sampling): 2^k − 1 costs.
 *
 * <p><b>Estimator</b> (Song et al. 2016, §4): for each J, {@code outer} draws of X_{K∖J} from
 * its marginal, then {@code inner} draws of X_J from its conditional given X_{K∖J}; the sample
 * variance (divisor inner − 1) over the inner draws is unbiased for Var(Y | X_{K∖J}), and its mean
 * over the outer draws for c(J). c(K) uses the same estimator (inner draws of every input).
 *
 * <p><b>Exact conditionals.</b> Inputs are x_i = F_i⁻¹(Φ(z_i)) with z Gaussian: independent for
 * independent inputs, correlated by the copula's Pearson matrix P for the correlated ones. The
 * conditional of z_A given z_B is Gaussian with mean P_AB P_BB⁻¹ z_B and covariance
 * P_AA − P_AB P_BB⁻¹ P_BA, so X_J | X_{K∖J} is sampled exactly, by its conditional normals
 * pushed through the marginals (fast quantiles, as the sampler). Censored times are clipped to
 * their horizon, a lead with both of its sides clipped ({@link Response}).
 *
 * <p><b>Common random numbers.</b> Every subset uses the same outer draws (block b of them from
 * stream (seed, TAG, b, 0)); the inner draws of subset J come from (seed, TAG_INNER, b, J). Each
 * c(J) stays unbiased, and the costs become positively correlated, so the differences that make
 * up a small effect are much less noisy than with independent designs per subset.
 *
 * <p><b>Intervals and reproducibility.</b> 95% bootstrap percentile intervals resample the outer
 * draws, the same rows for every subset (stream (seed, TAG_BOOT, replicate, 0)), so the
 * resampling respects the shared draws. Blocks write their own slots: the result is bit-identical
 * on any number of threads.
 */
public final class ShapleyEffects {

    static final long TAG = 0x5E45_B007_0000_0B01L;
    static final long TAG_BOOT = 0x5E45_B007_0000_0B02L;
    static final long TAG_INNER = 0x5E45_B007_0000_0B03L;
    public static final int MAX_FACTORS = 10;
    public static final int DEFAULT_OUTER = 4000;
    public static final int DEFAULT_INNER = 3;
    public static final int DEFAULT_BOOTSTRAP = 200;
    private static final int BLOCK = 250;

    private final Model model;
    private final List<InputGroup> groups;
    private final int outer;
    private final int inner;
    private final int bootstrap;
    private final long seed;
    private final int threads;

    private ShapleyEffects(Model model, List<InputGroup> groups, int outer, int inner, int bootstrap, long seed,
                           int threads) {
        this.model = model;
        this.groups = groups;
        this.outer = outer;
        this.inner = inner;
        this.bootstrap = bootstrap;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Shapley effects of {@code groups} of {@code model}'s inputs. Sampled inputs in no group form
     * one more factor, "(ungrouped inputs)", so that the effects decompose all of Var Y.
     */
    public static ShapleyEffects of(Model model, List<InputGroup> groups) {
        Objects.requireNonNull(model, "model");
        return new ShapleyEffects(model, List.copyOf(groups), DEFAULT_OUTER, DEFAULT_INNER, DEFAULT_BOOTSTRAP, 1L,
                Runtime.getRuntime().availableProcessors());
    }

    public ShapleyEffects withOuter(int n) {
        if (n < 10) {
            throw new IllegalArgumentException("outer samples must be >= 10, got " + n);
        }
        return new ShapleyEffects(model, groups, n, inner, bootstrap, seed, threads);
    }

    public ShapleyEffects withInner(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("inner samples must be >= 2, got " + n);
        }
        return new ShapleyEffects(model, groups, outer, n, bootstrap, seed, threads);
    }

    public ShapleyEffects withBootstrap(int b) {
        if (b < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + b);
        }
        return new ShapleyEffects(model, groups, outer, inner, b, seed, threads);
    }

    public ShapleyEffects withSeed(long s) {
        return new ShapleyEffects(model, groups, outer, inner, bootstrap, s, threads);
    }

    /** Worker threads; never changes the result. */
    public ShapleyEffects withThreads(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + t);
        }
        return new ShapleyEffects(model, groups, outer, inner, bootstrap, seed, t);
    }

    /** Model evaluations {@link #run} makes: (2^k − 1) · outer · inner. */
    public long evaluations() {
        return ((1L << factors().size()) - 1) * outer * inner;
    }

    public ShapleyResult run(List<String> outputs) {
        return run(outputs, ProgressListener.NONE);
    }

    /**
     * Two stages: "Shapley effects: model runs" counts model evaluations (reported per block of
     * outer draws), "Shapley effects: bootstrap" the replicates.
     */
    public ShapleyResult run(List<String> outputs, ProgressListener progress) {
        progress.onStage("Shapley effects: model runs");
        InputSpace space = model.inputs();
        List<InputSpec> ins = space.inputs();
        int d = ins.size();
        List<InputGroup> factors = factors();
        int k = factors.size();
        int[] factorOf = new int[d];
        java.util.Arrays.fill(factorOf, -1);
        for (int f = 0; f < k; f++) {
            for (String n : factors.get(f).inputs()) {
                int i = indexOf(ins, n);
                if (i >= 0 && !fixed(ins.get(i))) {
                    factorOf[i] = f;
                }
            }
        }
        List<OutputSpec> specs = model.outputs();
        int m = outputs.size();
        Response[] clipped = Response.resolve(model, outputs);
        int[] correlated = space.correlated();
        double[][] p = correlated.length == 0 ? new double[0][0] : GaussianCopula.ofSpearman(space.spearman()).pearson();
        double[][] chol = choleskyOf(p);
        InputTransform tf = InputTransform.of(space);
        int subsets = (1 << k) - 1;
        // Conditional laws per subset J (bit f set: factor f is in J, redrawn given the rest).
        Conditional[] cond = new Conditional[subsets + 1];
        for (int j = 1; j <= subsets; j++) {
            cond[j] = Conditional.of(p, correlated, factorOf, j);
        }
        int blocks = (outer + BLOCK - 1) / BLOCK;
        // v[j][o][l]: the inner sample variance of output o at outer draw l of subset j.
        double[][][] v = new double[subsets + 1][m][outer];
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long total = (long) subsets * outer * inner;
        Parallel.forEach(subsets * blocks, threads, task -> {
            int j = task / blocks + 1;
            int b = task % blocks;
            // Common random numbers: the outer draws of block b are the same for every subset, so
            // the differences c(J ∪ i) − c(J) the effects are made of lose most of their noise.
            UniformRandomProvider outerRng = Streams.stream(seed, TAG, b, 0L);
            UniformRandomProvider rng = Streams.stream(seed, TAG_INNER, b, j);
            Model.Evaluator ev = model.newEvaluator();
            double[] z = new double[d];
            double[] x = new double[d];
            double[] y = new double[specs.size()];
            double[] e = new double[correlated.length];
            double[] mean = new double[correlated.length];
            double[] e2 = new double[correlated.length];
            double[][] vals = new double[m][inner];
            Conditional c = cond[j];
            int from = b * BLOCK;
            int to = Math.min(outer, from + BLOCK);
            for (int l = from; l < to; l++) {
                drawJoint(outerRng, z, e, correlated, chol, d);
                for (int r = 0; r < inner; r++) {
                    c.redraw(rng, z, correlated, mean, e2);
                    for (int i = 0; i < d; i++) {
                        x[i] = tf.quantile(i, Streams.clamp(NormalMath.phi(z[i])));
                    }
                    ev.evaluate(x, y);
                    for (int o = 0; o < m; o++) {
                        vals[o][r] = clipped[o].value(y);
                    }
                }
                for (int o = 0; o < m; o++) {
                    v[j][o][l] = variance(vals[o]);
                }
            }
            progress.onProgress(done.addAndGet((long) (to - from) * inner), total);
        });

        double[][] cost = new double[m][subsets + 1];
        for (int j = 1; j <= subsets; j++) {
            for (int o = 0; o < m; o++) {
                cost[o][j] = mean(v[j][o], null);
            }
        }
        double[][] sh = shares(cost, k);
        double[][][] boot = new double[bootstrap][][];
        progress.onStage("Shapley effects: bootstrap");
        Parallel.forEach(bootstrap, threads, r -> {
            double[][] c = new double[m][subsets + 1];
            // One resample of the outer draws for every subset: they share them.
            int[] rows = new int[outer];
            UniformRandomProvider rng = Streams.stream(seed, TAG_BOOT, r, 0L);
            for (int l = 0; l < outer; l++) {
                rows[l] = rng.nextInt(outer);
            }
            for (int j = 1; j <= subsets; j++) {
                for (int o = 0; o < m; o++) {
                    c[o][j] = mean(v[j][o], rows);
                }
            }
            boot[r] = shares(c, k);
        }, progress);
        List<ShapleyOutput> outs = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            List<ShapleyEffect> effects = new ArrayList<>();
            for (int f = 0; f < k; f++) {
                double[] rep = new double[bootstrap];
                for (int r = 0; r < bootstrap; r++) {
                    rep[r] = boot[r][o][f];
                }
                effects.add(new ShapleyEffect(factors.get(f).name(), sh[o][f],
                        bootstrap == 0 ? new Interval(Double.NaN, Double.NaN) : Stats.interval95(rep)));
            }
            outs.add(new ShapleyOutput(outputs.get(o), cost[o][subsets], effects));
        }
        return new ShapleyResult(outs, outer, inner, bootstrap, seed, total);
    }

    /** The groups, plus "(ungrouped inputs)" for sampled inputs in none; checked. */
    List<InputGroup> factors() {
        List<InputSpec> ins = model.inputs().inputs();
        Set<String> grouped = new HashSet<>();
        List<InputGroup> f = new ArrayList<>();
        for (InputGroup g : groups) {
            List<String> present = g.inputs().stream().filter(n -> {
                int i = indexOf(ins, n);
                return i >= 0 && !fixed(ins.get(i));
            }).toList();
            for (String n : present) {
                if (!grouped.add(n)) {
                    throw new IllegalArgumentException("input '" + n + "' is in two groups; Shapley factors must not overlap");
                }
            }
            if (!present.isEmpty()) {
                f.add(new InputGroup(g.name(), present));
            }
        }
        List<String> rest = ins.stream().filter(in -> !fixed(in) && !grouped.contains(in.name()))
                .map(InputSpec::name).toList();
        if (!rest.isEmpty()) {
            f.add(new InputGroup("(ungrouped inputs)", rest));
        }
        if (f.isEmpty()) {
            throw new IllegalArgumentException("every input is fixed: nothing to analyse");
        }
        if (f.size() > MAX_FACTORS) {
            throw new IllegalArgumentException("Shapley effects of " + f.size() + " factors need 2^" + f.size()
                    + " subsets; at most " + MAX_FACTORS + " factors (group the inputs)");
        }
        return f;
    }

    /** Shapley shares Sh_f / c(K) from the costs c[o][J] (J as a bit set over k factors). */
    static double[][] shares(double[][] cost, int k) {
        int full = (1 << k) - 1;
        double[] weight = new double[k + 1];
        for (int s = 1; s <= k; s++) {
            // (s − 1)! (k − s)! / k!
            weight[s] = 1.0 / (k * binomial(k - 1, s - 1));
        }
        double[][] out = new double[cost.length][k];
        for (int o = 0; o < cost.length; o++) {
            double var = cost[o][full];
            for (int f = 0; f < k; f++) {
                double s = 0;
                for (int j = 1; j <= full; j++) {
                    if ((j & (1 << f)) != 0) {
                        s += weight[Integer.bitCount(j)] * (cost[o][j] - cost[o][j & ~(1 << f)]);
                    }
                }
                out[o][f] = var > 0 ? s / var : Double.NaN;
            }
        }
        return out;
    }

    private static double binomial(int n, int r) {
        double b = 1;
        for (int i = 1; i <= r; i++) {
            b = b * (n - r + i) / i;
        }
        return b;
    }

    private static void drawJoint(UniformRandomProvider rng, double[] z, double[] e, int[] correlated, double[][] chol,
                                  int d) {
        for (int i = 0; i < d; i++) {
            z[i] = normal(rng);
        }
        int c = correlated.length;
        for (int a = 0; a < c; a++) {
            e[a] = z[correlated[a]];
        }
        for (int a = 0; a < c; a++) {
            double s = 0;
            for (int b = 0; b <= a; b++) {
                s += chol[a][b] * e[b];
            }
            z[correlated[a]] = s;
        }
    }

    static double normal(UniformRandomProvider rng) {
        return NormalMath.inversePhi(Streams.toUnit(rng.nextLong()));
    }

    private static double variance(double[] a) {
        double mean = 0;
        for (double v : a) {
            mean += v;
        }
        mean /= a.length;
        double s = 0;
        for (double v : a) {
            s += (v - mean) * (v - mean);
        }
        return s / (a.length - 1);
    }

    private static double mean(double[] a, int[] rows) {
        double s = 0;
        int n = a.length;
        for (int l = 0; l < n; l++) {
            s += a[rows == null ? l : rows[l]];
        }
        return s / n;
    }

    static double[][] choleskyOf(double[][] p) {
        int c = p.length;
        double[][] l = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j <= i; j++) {
                double s = p[i][j];
                for (int q = 0; q < j; q++) {
                    s -= l[i][q] * l[j][q];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 0.0)) : l[j][j] > 0 ? s / l[j][j] : 0.0;
            }
        }
        return l;
    }

    private static boolean fixed(InputSpec in) {
        return in.distribution().lowerBound() == in.distribution().upperBound();
    }

    private static int indexOf(List<InputSpec> ins, String name) {
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

}

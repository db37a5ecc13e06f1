package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.euromesh.engine.ProgressListener;
import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.SpearmanCorrelation;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.sampling.Streams;

/**
 * Spearman rank correlation of each input with each output, from an ordinary Monte Carlo sample
 * of the model (inputs drawn as the sampler draws them: the sampler's {@link PointGenerator}
 * points, copula applied, fast quantiles), with 95% bootstrap percentile intervals.
 *
 * <p><b>Statistics.</b> ρ = Pearson correlation of the ranks (ties averaged, so a 0/1 output has two
 * rank values). The "share" is the normalised squared rank correlation ρ_i² / Σ_j ρ_j² over the
 * non-fixed inputs: a rough proxy for each input's contribution to the output's variance that is
 * only meaningful when the output is near-monotone and near-additive in near-independent inputs.
 * It is NOT a variance decomposition; with correlated inputs the ρ's share credit (an input
 * correlated with a driver shows a ρ of its own). Use {@link SobolIndices} for variance shares.
 *
 * <p><b>Bootstrap.</b> Ranks are computed once on the full sample; replicate b resamples the N
 * rows with replacement (stream (seed, RANK_BOOTSTRAP, b) only) and recomputes the Pearson
 * correlation of those ranks, and the shares. Not re-ranking each resample is a standard
 * approximation whose effect on ρ is O(1/N).
 *
 * <p><b>Reproducibility.</b> Row j of the sample is point j of the {@link PointGenerator} of
 * (method, seed, block size, input names): with MC it is the sampler's own path j for the same
 * seed and block size. Blocks write disjoint rows; all sums run in row order afterwards.
 */
public final class RankCorrelation {

    static final long TAG_BOOTSTRAP = 0x5E45_B007_0000_0002L;

    public static final int DEFAULT_SAMPLES = 20_000;
    public static final int DEFAULT_BOOTSTRAP = 200;
    public static final int DEFAULT_BLOCK_SIZE = 1024;

    private final Model model;
    private final long seed;
    private final int samples;
    private final SamplingMethod method;
    private final int bootstrap;
    private final int threads;
    private final int blockSize;

    private RankCorrelation(Model model, long seed, int samples, SamplingMethod method, int bootstrap, int threads,
                            int blockSize) {
        this.model = model;
        this.seed = seed;
        this.samples = samples;
        this.method = Objects.requireNonNull(method, "method");
        this.bootstrap = bootstrap;
        this.threads = threads;
        this.blockSize = blockSize;
        DesignArguments.check(samples, 3, bootstrap, threads, blockSize);
    }

    /** Defaults: seed 1, N = 20,000 MC paths, 200 bootstrap resamples, all processors. */
    public static RankCorrelation of(Model model) {
        Objects.requireNonNull(model, "model");
        return new RankCorrelation(model, 1L, DEFAULT_SAMPLES, SamplingMethod.MC, DEFAULT_BOOTSTRAP,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE);
    }

    public RankCorrelation withSeed(long s) {
        return new RankCorrelation(model, s, samples, method, bootstrap, threads, blockSize);
    }

    public RankCorrelation withSamples(int n) {
        return new RankCorrelation(model, seed, n, method, bootstrap, threads, blockSize);
    }

    public RankCorrelation withMethod(SamplingMethod m) {
        return new RankCorrelation(model, seed, samples, m, bootstrap, threads, blockSize);
    }

    public RankCorrelation withBootstrap(int b) {
        return new RankCorrelation(model, seed, samples, method, b, threads, blockSize);
    }

    /** Worker threads; never changes the result. */
    public RankCorrelation withThreads(int t) {
        return new RankCorrelation(model, seed, samples, method, bootstrap, t, blockSize);
    }

    /** Paths per block; part of the result's identity. */
    public RankCorrelation withBlockSize(int b) {
        return new RankCorrelation(model, seed, samples, method, bootstrap, threads, b);
    }

    public RankCorrelationResult run(List<String> outputNames) {
        return run(outputNames, ProgressListener.NONE);
    }

    /**
     * {@link #run(List)}, with two stages: "rank correlation: paths" counts blocks of paths
     * evaluated, "rank correlation: bootstrap" the replicates.
     */
    public RankCorrelationResult run(List<String> outputNames, ProgressListener progress) {
        Response[] resp = Response.resolve(model, outputNames);
        int m = resp.length;
        List<InputSpec> ins = model.inputs().inputs();
        int n = samples;

        // 1. The sample, by column: the non-fixed inputs and the (clipped) output values.
        progress.onStage("rank correlation: paths");
        SampledColumns sample = SampledColumns.draw(model, resp, method, seed, n, blockSize, threads, progress);
        int[] var = sample.inputs();
        int d = var.length;
        double[][] xs = sample.x();
        double[][] ys = sample.y();
        List<String> fixed = new ArrayList<>();
        for (InputSpec in : ins) {
            if (SobolIndices.isFixed(in.distribution())) {
                fixed.add(in.name());
            }
        }

        // 2. Ranks (ties averaged), row-major for the bootstrap's inner loop.
        double[] rx = new double[n * d];
        double[] ry = new double[n * m];
        Parallel.forEach(d + m, threads, c -> {
            if (c < d) {
                double[] r = SpearmanCorrelation.ranks(xs[c]);
                for (int j = 0; j < n; j++) {
                    rx[j * d + c] = r[j];
                }
            } else {
                int o = c - d;
                double[] r = SpearmanCorrelation.ranks(ys[o]);
                for (int j = 0; j < n; j++) {
                    ry[j * m + o] = r[j];
                }
            }
        });

        double[] rho = new double[d * m];
        correlations(rx, ry, null, n, d, m, rho);
        double[] share = shares(rho, d, m);
        int bs = bootstrap;
        double[][] bootRho = new double[bs][];
        double[][] bootShare = new double[bs][];
        progress.onStage("rank correlation: bootstrap");
        Parallel.forEach(bs, threads, b -> {
            UniformRandomProvider rng = Streams.stream(seed, TAG_BOOTSTRAP, b, 0L);
            int[] rows = new int[n];
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double[] r = new double[d * m];
            correlations(rx, ry, rows, n, d, m, r);
            bootRho[b] = r;
            bootShare[b] = shares(r, d, m);
        }, progress);

        List<String> warnings = new ArrayList<>();
        List<RankCorrelationOutput> outs = new ArrayList<>(m);
        double[] rep = new double[bs];
        for (int o = 0; o < m; o++) {
            long cens = sample.censored(o);
            double censoredFraction = (double) cens / n;
            if (cens > 0) {
                warnings.add(String.format(Locale.ROOT,
                        "output '%s': %.2f%% of sampled paths censored (after the horizon) and clipped to the %s-year"
                                + " horizon before ranking", resp[o].name(), 100.0 * censoredFraction,
                        resp[o].horizonText()));
            }
            String note = "";
            List<RankCorrelationEntry> entries = new ArrayList<>(d);
            for (int c = 0; c < d; c++) {
                int idx = c * m + o;
                Interval ciR = new Interval(Double.NaN, Double.NaN);
                Interval ciS = new Interval(Double.NaN, Double.NaN);
                if (bs > 0) {
                    for (int b = 0; b < bs; b++) {
                        rep[b] = bootRho[b][idx];
                    }
                    ciR = Stats.interval95(rep);
                    for (int b = 0; b < bs; b++) {
                        rep[b] = bootShare[b][idx];
                    }
                    ciS = Stats.interval95(rep);
                }
                entries.add(new RankCorrelationEntry(ins.get(var[c]).name(), rho[idx], ciR, share[idx], ciS));
            }
            if (resp[o].isIndicator()) {
                long ones = 0;
                for (int j = 0; j < n; j++) {
                    ones += Math.round(ys[o][j]);
                }
                String rare = Response.rareEventWarning(resp[o].name(), ones, n);
                if (rare != null) {
                    warnings.add(rare);
                }
            }
            if (Double.isNaN(rho[o])) {
                note = "output is constant over the sample: rank correlations undefined";
                warnings.add("output '" + resp[o].name() + "' is constant over the sample; rank correlations undefined");
            }
            entries.sort(Comparator.comparingDouble((RankCorrelationEntry e) ->
                    Double.isNaN(e.rho()) ? Double.NEGATIVE_INFINITY : Math.abs(e.rho())).reversed());
            outs.add(new RankCorrelationOutput(resp[o].name(), censoredFraction, entries, note));
        }
        return new RankCorrelationResult(outs, warnings, seed, n, method, bs, fixed);
    }

    /** Pearson correlation of rank columns over {@code rows} (null: all rows in order); out[c * m + o]. */
    private static void correlations(double[] rx, double[] ry, int[] rows, int n, int d, int m, double[] out) {
        // Ranks are centred on (n + 1) / 2, their full-sample mean, to keep the sums small.
        double centre = 0.5 * (n + 1);
        double[] sx = new double[d];
        double[] sxx = new double[d];
        double[] sy = new double[m];
        double[] syy = new double[m];
        double[] sxy = new double[d * m];
        double[] yr = new double[m];
        for (int r = 0; r < n; r++) {
            int j = rows == null ? r : rows[r];
            int jy = j * m;
            for (int o = 0; o < m; o++) {
                double v = ry[jy + o] - centre;
                yr[o] = v;
                sy[o] += v;
                syy[o] += v * v;
            }
            int jx = j * d;
            for (int c = 0; c < d; c++) {
                double v = rx[jx + c] - centre;
                sx[c] += v;
                sxx[c] += v * v;
                int cm = c * m;
                for (int o = 0; o < m; o++) {
                    sxy[cm + o] += v * yr[o];
                }
            }
        }
        for (int c = 0; c < d; c++) {
            double vx = sxx[c] - sx[c] * sx[c] / n;
            for (int o = 0; o < m; o++) {
                double vy = syy[o] - sy[o] * sy[o] / n;
                double cov = sxy[c * m + o] - sx[c] * sy[o] / n;
                out[c * m + o] = vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : Double.NaN;
            }
        }
    }

    /** ρ_i² / Σ_j ρ_j² per output (NaN ρ's excluded from the sum, and NaN shares for them). */
    private static double[] shares(double[] rho, int d, int m) {
        double[] s = new double[d * m];
        for (int o = 0; o < m; o++) {
            double sum = 0;
            for (int c = 0; c < d; c++) {
                double r = rho[c * m + o];
                if (!Double.isNaN(r)) {
                    sum += r * r;
                }
            }
            for (int c = 0; c < d; c++) {
                double r = rho[c * m + o];
                s[c * m + o] = sum > 0 && !Double.isNaN(r) ? r * r / sum : Double.NaN;
            }
        }
        return s;
    }
}

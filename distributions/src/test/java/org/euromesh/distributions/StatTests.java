package org.euromesh.distributions;

import java.util.Arrays;
import java.util.function.DoubleToIntFunction;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Shared helpers for the statistical tests, in particular the multi-seed chi-square rule of the
 * goodness-of-fit tests, modelled on commons-rng's {@code ContinuousSamplerParametricTest}.
 *
 * <h2>The rule</h2>
 * A case draws {@code n} values from its sampler with each of the {@link #SEEDS} (five fixed
 * seeds), bins them, and computes Pearson's chi-square statistic of the bin counts against the
 * expected counts given by an independent oracle (commons-math3 or hand-computed probabilities).
 * A seed <em>rejects</em> when the statistic's p-value is below {@link #ALPHA} = 0.01. The case
 * fails when more than {@link #MAX_REJECTIONS} = 2 of the 5 seeds reject (or any value falls
 * outside the oracle's support).
 *
 * <h2>False-failure rate</h2>
 * For a correct sampler the number of rejecting seeds is Binomial(5, 0.01) (asymptotically: the
 * chi-square approximation with expected counts of at least 2,000 per bin is excellent), so a
 * correct case fails with probability
 * P(X &ge; 3) = 10·0.01³·0.99² + 5·0.01⁴·0.99 + 0.01⁵ = {@value #CASE_FALSE_FAILURE_RATE}
 * ({@link #caseFalseFailureRate()} computes it). Each case draws from its own streams (the seed is
 * mixed with the case label, {@link #stream}), so the cases are independent and over m cases the
 * family-wise false-failure rate is exactly 1 − (1 − 9.8506e-6)^m, below the Bonferroni bound
 * m·9.8506e-6: for the m = 28 goodness-of-fit cases of this module (24 continuous, 4 discrete)
 * 2.76e-4, i.e. about one spurious failure in 3,600 changes of seed or of sampler stream. The seeds
 * are fixed, so a run is deterministic: these rates are the chance that a correct implementation
 * fails when a seed or the way the sampler consumes its generator is changed.
 *
 * <p>The rule (5 seeds, α = 0.01, k = 2) was chosen over 5 seeds at α = 0.001 with k = 1 (same
 * 1e-5 rate) because it has more power: a normal sampler whose σ is 3% too large (non-centrality
 * λ = 24.8 on the deciles at n = 20,000) fails the case with probability 0.984 against 0.963.
 */
final class StatTests {
    /** The single seed of the tests that use one stream (copula, support checks, degenerate cases). */
    static final long SEED = 12345L;

    /** The goodness-of-fit seeds; each case mixes them with its label (see {@link #stream}). */
    static final long[] SEEDS = {12345L, 0x5DEECE66DL, 0x2545F4914F6CDD1DL, 20240229L, 987654321987L};
    /** Per-seed significance level of the chi-square test. */
    static final double ALPHA = 0.01;
    /** A case fails when more than this many of the {@link #SEEDS} reject. */
    static final int MAX_REJECTIONS = 2;
    /** P(more than 2 of 5 seeds reject at 0.01) for a correct sampler (checked against {@link #caseFalseFailureRate()}). */
    static final double CASE_FALSE_FAILURE_RATE = 9.8506e-6;

    private StatTests() {
    }

    static UniformRandomProvider rng() {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    }

    static double[] sample(Distribution d, int n) {
        DistributionSampler s = d.createSampler(rng());
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.sample();
        }
        return x;
    }

    /** The per-case false-failure rate of the rule: P(Binomial(#SEEDS, ALPHA) &gt; MAX_REJECTIONS). */
    static double caseFalseFailureRate() {
        return 1 - new BinomialDistribution(null, SEEDS.length, ALPHA).cumulativeProbability(MAX_REJECTIONS);
    }

    /** The family-wise false-failure rate over m independent cases: 1 − (1 − p)^m. */
    static double familyWiseFalseFailureRate(int m) {
        return -Math.expm1(m * Math.log1p(-caseFalseFailureRate()));
    }

    /**
     * The seed of the stream case {@code label} draws for seed {@code seed}: seed + golden·hash(label),
     * expanded by commons-rng (SplitMix64) into the generator's state. Without the label, two cases
     * sampled by inversion would see the same uniforms, land in the same bins and report identical
     * p-values: their verdicts would not be independent.
     */
    static long stream(long seed, String label) {
        return seed + 0x9E3779B97F4A7C15L * label.hashCode();
    }

    /** The outcome of one case over all {@link #SEEDS}. */
    record Verdict(String label, int n, long[] streams, double[] statistics, double[] pValues, int rejections,
            long outside) {
        /** Whether the rule fails the case. */
        boolean failed() {
            return rejections > MAX_REJECTIONS || outside > 0;
        }

        /** One line: the verdict and the p-value of each seed, in the order of {@link #SEEDS}. */
        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("GOF %s: n=%d per seed, %d/%d seeds reject at alpha=%s (fail if > %d)", label, n,
                    rejections, streams.length, ALPHA, MAX_REJECTIONS));
            if (outside > 0) {
                s.append(", ").append(outside).append(" values outside the support");
            }
            s.append("; p =");
            for (double p : pValues) {
                s.append(String.format(" %.4f", p));
            }
            return s.toString();
        }

        /** The summary and, per seed, the seed, the derived stream seed and the statistic: the failure message. */
        String details() {
            StringBuilder s = new StringBuilder(summary());
            for (int i = 0; i < streams.length; i++) {
                s.append(String.format("%n    seed %d (stream seed %d): chi2=%.2f p=%.4g%s", SEEDS[i], streams[i],
                        statistics[i], pValues[i], pValues[i] < ALPHA ? " REJECT" : ""));
            }
            return s.toString();
        }
    }

    /** Draws values for one seed. */
    interface SamplerFactory {
        DistributionSampler create(UniformRandomProvider rng);
    }

    /**
     * Runs the rule: for each seed, {@code n} draws binned by {@code bin} (which returns −1 for a
     * value outside the support) against the expected proportions {@code probs}.
     */
    static Verdict chiSquare(String label, int n, SamplerFactory sampler, DoubleToIntFunction bin, double[] probs) {
        int seeds = SEEDS.length;
        long[] streams = new long[seeds];
        double[] stats = new double[seeds];
        double[] pValues = new double[seeds];
        int rejections = 0;
        long outside = 0;
        double[] expected = new double[probs.length];
        for (int j = 0; j < probs.length; j++) {
            expected[j] = n * probs[j];
        }
        ChiSquareTest test = new ChiSquareTest();
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, probs.length - 1);
        for (int i = 0; i < seeds; i++) {
            streams[i] = stream(SEEDS[i], label);
            DistributionSampler s = sampler.create(RandomSource.XO_RO_SHI_RO_128_PP.create(streams[i]));
            long[] observed = new long[probs.length];
            for (int k = 0; k < n; k++) {
                int b = bin.applyAsInt(s.sample());
                if (b < 0) {
                    outside++;
                } else {
                    observed[b]++;
                }
            }
            if (Arrays.stream(observed).sum() == 0) {
                stats[i] = Double.POSITIVE_INFINITY;
                pValues[i] = 0;
            } else {
                stats[i] = test.chiSquare(expected, observed);
                pValues[i] = 1 - chi2.cumulativeProbability(stats[i]);
            }
            if (pValues[i] < ALPHA) {
                rejections++;
            }
        }
        Verdict v = new Verdict(label, n, streams, stats, pValues, rejections, outside);
        System.out.println(v.summary());
        return v;
    }

    /**
     * The bins of a continuous case: the oracle's deciles as edges, 10 bins; a value below the
     * oracle's support lower bound, above its upper bound, or NaN is outside (−1).
     */
    static DoubleToIntFunction binsByEdges(double[] edges, double lower, double upper) {
        return v -> {
            if (!(v >= lower && v <= upper)) {
                return -1;
            }
            int b = Arrays.binarySearch(edges, v);
            // a value equal to an edge e belongs to the bin above it: bins are [e_{k-1}, e_k)
            return b >= 0 ? b + 1 : -b - 1;
        };
    }

    /** The bins of a discrete case: the index of the value in the sorted support, −1 if absent. */
    static DoubleToIntFunction binsByValue(double[] support) {
        return v -> {
            int i = Arrays.binarySearch(support, v);
            return i >= 0 ? i : -1;
        };
    }
}

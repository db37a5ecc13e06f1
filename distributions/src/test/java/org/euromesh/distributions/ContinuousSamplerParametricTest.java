package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.LogisticDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sampling goodness of fit of every continuous family against an independent oracle, in the style
 * of commons-rng's {@code ContinuousSamplerParametricTest}.
 *
 * <p>For each case of {@link ContinuousCases} the oracle (commons-math3) gives the deciles
 * e₁ … e₉, which cut the line into 10 bins; the expected proportion of bin k is
 * F(e_k) − F(e_{k−1}) from the oracle's cdf (0.1 up to the oracle's inverse accuracy, and exact
 * whatever that accuracy). Our sampler draws {@value #N} values with each of the 5
 * {@link StatTests#SEEDS}; a seed rejects when the chi-square test (9 degrees of freedom) of the
 * bin counts has p &lt; α = 0.01, and the case fails when more than 2 of the 5 seeds reject or a value
 * falls outside the oracle's support.
 *
 * <p><b>False-failure rates.</b> Per case 9.8506e-6 = P(Binomial(5, 0.01) &ge; 3); over the 24
 * continuous cases here 1 − (1 − 9.8506e-6)²⁴ = 2.36e-4 (Bonferroni bound 24·9.8506e-6 = 2.36e-4);
 * with the 4 discrete cases of {@link DiscreteFamiliesTest} the module's family-wise rate is
 * 2.76e-4 ({@link #statedFalseFailureRatesFollowFromTheRule} recomputes these). See
 * {@link StatTests} for the derivation.
 *
 * <p><b>Power.</b> {@link #ruleRejectsAWrongFamily} feeds samplers the oracle of a different family
 * (triangular vs PERT on the same bounds and mode, normal vs logistic with equal mean and variance,
 * …) and asserts that every seed rejects. The non-centrality of each such pair,
 * λ = n Σ (q_k − 0.1)² / 0.1 with q_k the true probability of the wrong oracle's bin k, is computed
 * from the true family's oracle and asserted to be at least 90, where a seed rejects with
 * probability &gt; 1 − 1e-7: a pass there is not luck. Beyond wrong families, a normal sampler with σ
 * 3% too large fails a case with probability 0.98 (λ = 24.8).
 */
class ContinuousSamplerParametricTest {
    /** Draws per seed: 2,000 expected per bin. */
    static final int N = 20_000;
    private static final int BINS = 10;

    static Stream<ContinuousCases.Case> cases() {
        return ContinuousCases.all().stream();
    }

    @ParameterizedTest(name = "[{index}] {0}, 5 seeds")
    @MethodSource("cases")
    void samplerMatchesOracleDeciles(ContinuousCases.Case c) {
        StatTests.Verdict v = decileTest(c.toString(), c.d()::createSampler, c.oracle());
        assertFalse(v.failed(), v::details);
    }

    /** The deciles of the oracle and the exact probabilities of the 10 bins they delimit. */
    private static double[][] decileBins(AbstractRealDistribution oracle) {
        double[] edges = new double[BINS - 1];
        double[] probs = new double[BINS];
        double prev = 0;
        for (int k = 1; k < BINS; k++) {
            edges[k - 1] = oracle.inverseCumulativeProbability((double) k / BINS);
            double f = oracle.cumulativeProbability(edges[k - 1]);
            probs[k - 1] = f - prev;
            prev = f;
            // sanity of the oracle itself: deciles increasing and at the right probability
            assertTrue(k == 1 || edges[k - 1] > edges[k - 2], "oracle deciles must increase");
            assertEquals((double) k / BINS, f, 1e-9, "oracle cdf at its own decile " + k);
        }
        probs[BINS - 1] = 1 - prev;
        return new double[][] {edges, probs};
    }

    static StatTests.Verdict decileTest(String label, StatTests.SamplerFactory sampler,
            AbstractRealDistribution oracle) {
        double[][] bins = decileBins(oracle);
        return StatTests.chiSquare(label, N, sampler,
                StatTests.binsByEdges(bins[0], oracle.getSupportLowerBound(), oracle.getSupportUpperBound()), bins[1]);
    }

    static Stream<Arguments> wrongFamilies() {
        double acc = 1e-15;
        // gamma(2.5, 3): mean 7.5, variance 22.5; the lognormal with the same two moments
        double s2 = Math.log1p(22.5 / (7.5 * 7.5));
        return Stream.of(
                Arguments.of(Triangular.of(0, 2, 10), new TriangularDistribution(null, 0, 2, 10),
                        ContinuousCases.pertOracle(0, 2, 10, 4), "PERT(0, 2, 10)"),
                Arguments.of(Pert.of(0, 2, 10), ContinuousCases.pertOracle(0, 2, 10, 4),
                        new TriangularDistribution(null, 0, 2, 10), "Triangular(0, 2, 10)"),
                Arguments.of(Normal.of(3, 2), new NormalDistribution(null, 3, 2, acc),
                        new LogisticDistribution(null, 3, 2 * Math.sqrt(3) / Math.PI),
                        "Logistic with mean 3, sd 2"),
                Arguments.of(Gamma.of(2.5, 3), new GammaDistribution(null, 2.5, 3, acc),
                        new LogNormalDistribution(null, Math.log(7.5) - s2 / 2, Math.sqrt(s2), acc),
                        "LogNormal with mean 7.5, variance 22.5"),
                Arguments.of(Pert.of(1, 3, 9, 6), ContinuousCases.pertOracle(1, 3, 9, 6),
                        ContinuousCases.pertOracle(1, 3, 9, 4), "PERT(1, 3, 9) with lambda 4, not 6"),
                Arguments.of(TruncatedNormal.of(5, 2, 5, Double.POSITIVE_INFINITY),
                        new ContinuousCases.TruncatedNormalOracle(5, 2, 5, Double.POSITIVE_INFINITY),
                        new ContinuousCases.Shifted(new GammaDistribution(null, 1, 2 * Math.sqrt(2 / Math.PI), acc),
                                5, 1),
                        "5 + exponential with the half-normal's mean"),
                Arguments.of(Beta.of(2, 5), new BetaDistribution(null, 2, 5, acc),
                        new BetaDistribution(null, 5, 2, acc), "Beta(5, 2), shapes swapped"));
    }

    /**
     * The power check: each sampler against the oracle of a different family must be rejected by
     * every seed (hence fail the rule), with a non-centrality λ &ge; 90 computed from its own family's
     * oracle (at n = 20,000, λ is: triangular vs PERT 6,413, PERT vs triangular 4,595, normal vs
     * logistic 187, gamma vs lognormal 910, PERT λ=6 vs λ=4 718, half-normal vs exponential 1,357,
     * Beta(2,5) vs Beta(5,2) 136,197). The same {@link #decileTest} runs the real cases, so this
     * shows that the test tells a wrong family apart. A test of a sampler against its own cdf cannot:
     * a family implemented as another one (or with a wrong shape) is consistent with itself.
     */
    @ParameterizedTest(name = "[{index}] {0} tested against {3}")
    @MethodSource("wrongFamilies")
    void ruleRejectsAWrongFamily(Distribution sampled, AbstractRealDistribution trueOracle,
            AbstractRealDistribution wrongOracle, String wrongName) {
        double[] edges = decileBins(wrongOracle)[0];
        double lambda = 0;
        double prev = 0;
        for (int k = 0; k <= edges.length; k++) {
            double f = k < edges.length ? trueOracle.cumulativeProbability(edges[k]) : 1;
            double d = f - prev - 1.0 / BINS;
            lambda += N * d * d * BINS;
            prev = f;
        }
        System.out.printf("POWER %s vs %s: non-centrality %.1f%n", sampled.spec(), wrongName, lambda);
        assertTrue(lambda >= 90, "pair too close to show power: lambda " + lambda);
        StatTests.Verdict v = decileTest("POWER " + sampled.spec() + " vs " + wrongName, sampled::createSampler,
                wrongOracle);
        assertEquals(StatTests.SEEDS.length, v.rejections(), v::details);
        assertTrue(v.failed(), v::details);
    }

    /** The rates stated in the Javadoc here and in {@link StatTests} are what the rule gives. */
    @Test
    void statedFalseFailureRatesFollowFromTheRule() {
        double p = StatTests.caseFalseFailureRate();
        assertEquals(StatTests.CASE_FALSE_FAILURE_RATE, p, 1e-10);
        int continuous = ContinuousCases.all().size();
        int all = continuous + (int) DiscreteFamiliesTest.gofCases().count();
        assertEquals(24, continuous);
        assertEquals(28, all);
        assertEquals(2.36e-4, StatTests.familyWiseFalseFailureRate(continuous), 5e-7);
        assertEquals(2.76e-4, StatTests.familyWiseFalseFailureRate(all), 5e-7);
        assertTrue(StatTests.familyWiseFalseFailureRate(all) <= all * p, "Bonferroni bound");
        System.out.printf("GOF rule: seeds %s, alpha=%s, fail if > %d reject: per case %.4e, family-wise %.3e over %d"
                + " continuous cases, %.3e over all %d%n", Arrays.toString(StatTests.SEEDS), StatTests.ALPHA,
                StatTests.MAX_REJECTIONS, p, StatTests.familyWiseFalseFailureRate(continuous), continuous,
                StatTests.familyWiseFalseFailureRate(all), all);
    }
}

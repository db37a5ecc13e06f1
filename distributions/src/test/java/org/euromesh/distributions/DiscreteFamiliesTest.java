package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The discrete families: sampling frequencies against hand-computed probabilities by the multi-seed
 * chi-square rule of {@link StatTests} (5 seeds of {@value #N} draws, a seed rejects at p &lt; 0.01, a
 * case fails when more than 2 seeds reject or a value falls outside the support: false-failure rate
 * 9.8506e-6 per case, 3.94e-5 over these 4 cases), a power check, and the maths.
 */
class DiscreteFamiliesTest {
    /** Draws per seed: at least 4,000 expected in every category. */
    private static final int N = 20_000;

    /**
     * The goodness-of-fit cases: a distribution, its support sorted, and the probabilities computed
     * by hand from its definition (weights normalised, zero weights dropped, duplicates merged).
     */
    static Stream<Arguments> gofCases() {
        return Stream.of(
                Arguments.of(Categorical.of(new double[] {3, 1, 2}, new double[] {0.3, 0.2, 0.5}),
                        new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3}),
                Arguments.of(Categorical.of(new double[] {5, 1, 5, 9}, new double[] {1, 0, 1, 2}),
                        new double[] {5, 9}, new double[] {0.5, 0.5}),
                Arguments.of(Bernoulli.of(0.3), new double[] {0, 1}, new double[] {0.7, 0.3}),
                Arguments.of(Empirical.of(new double[] {4, 1, 3, 3, 2}), new double[] {1, 2, 3, 4},
                        new double[] {0.2, 0.2, 0.4, 0.2}));
    }

    private static StatTests.Verdict frequencyTest(String label, Distribution d, double[] support, double[] probs) {
        return StatTests.chiSquare(label, N, d::createSampler, StatTests.binsByValue(support), probs);
    }

    @ParameterizedTest(name = "[{index}] {0}, 5 seeds")
    @MethodSource("gofCases")
    void samplerMatchesHandComputedProbabilities(Distribution d, double[] support, double[] probs) {
        StatTests.Verdict v = frequencyTest(d.spec(), d, support, probs);
        assertFalse(v.failed(), v::details);
    }

    /**
     * Power: the probabilities two plausible bugs would produce must be rejected by every seed:
     * categorical weights left in input order when the values are sorted (λ = n Σ (p − q)²/q = 11,267)
     * and empirical duplicates not merged, i.e. uniform over the distinct values (λ = 2,400).
     */
    @Test
    void ruleRejectsWrongProbabilities() {
        StatTests.Verdict unsorted = frequencyTest("POWER categorical with unsorted weights",
                Categorical.of(new double[] {3, 1, 2}, new double[] {0.3, 0.2, 0.5}), new double[] {1, 2, 3},
                new double[] {0.3, 0.2, 0.5});
        assertEquals(StatTests.SEEDS.length, unsorted.rejections(), unsorted::details);
        assertTrue(unsorted.failed());
        StatTests.Verdict unmerged = frequencyTest("POWER empirical without merged duplicates",
                Empirical.of(new double[] {4, 1, 3, 3, 2}), new double[] {1, 2, 3, 4},
                new double[] {0.25, 0.25, 0.25, 0.25});
        assertEquals(StatTests.SEEDS.length, unmerged.rejections(), unmerged::details);
        assertTrue(unmerged.failed());
        // a value outside the stated support fails the case whatever the counts
        StatTests.Verdict outside = frequencyTest("POWER bernoulli against support {0, 2}", Bernoulli.of(0.3),
                new double[] {0, 2}, new double[] {0.7, 0.3});
        assertTrue(outside.outside() > 0 && outside.failed(), outside::details);
    }

    @Test
    void categorical() {
        Categorical c = Categorical.of(new double[] {3, 1, 2}, new double[] {0.3, 0.2, 0.5});
        assertEquals(0.2 + 1.0 + 0.9, c.mean(), 1e-15);
        assertEquals(0.2 + 2.0 + 2.7 - 2.1 * 2.1, c.variance(), 1e-14);
        assertEquals(0, c.cdf(0.99), 0);
        assertEquals(0.2, c.cdf(1), 1e-15);
        assertEquals(0.7, c.cdf(2.5), 1e-15);
        assertEquals(1, c.cdf(3), 0);
        assertEquals(1, c.quantile(0), 0);
        assertEquals(3, c.quantile(1), 0);
        assertEquals(1, c.lowerBound(), 0);
        assertEquals(3, c.upperBound(), 0);
        // zero weights and duplicates fold
        Categorical z = Categorical.of(new double[] {5, 1, 5, 9}, new double[] {1, 0, 1, 2});
        assertEquals(5, z.quantile(0), 0);
        assertEquals(0.5, z.cdf(5), 1e-15);
    }

    @Test
    void bernoulli() {
        Bernoulli b = Bernoulli.of(0.3);
        assertEquals(0.3, b.mean(), 0);
        assertEquals(0.21, b.variance(), 1e-15);
        assertEquals(0, b.quantile(0.7), 0);
        assertEquals(1, b.quantile(0.7000001), 0);
        assertEquals(1, Bernoulli.of(1).quantile(0), 0);
        assertEquals(0, Bernoulli.of(0).quantile(1), 0);
        assertEquals(1, Bernoulli.of(1).createSampler(StatTests.rng()).sample(), 0);
    }

    @Test
    void empirical() {
        Empirical e = Empirical.of(new double[] {4, 1, 3, 3, 2});
        assertEquals(2.6, e.mean(), 1e-15);
        assertEquals(0.4, e.cdf(2), 1e-15);
        assertEquals(0.8, e.cdf(3.5), 1e-15);
        // generalised inverse: the ceil(np)-th order statistic
        assertEquals(1, e.quantile(0), 0);
        assertEquals(1, e.quantile(0.2), 0);
        assertEquals(2, e.quantile(0.21), 0);
        assertEquals(3, e.quantile(0.5), 0);
        assertEquals(4, e.quantile(1), 0);
        assertEquals(3, e.fastQuantile().apply(0.5), 0);
        assertEquals(7, Empirical.of(new double[] {7}).createSampler(StatTests.rng()).sample(), 0);
    }

    @Test
    void fixed() {
        Fixed f = Fixed.of(2.5);
        assertEquals(2.5, f.createSampler(StatTests.rng()).sample(), 0);
        assertEquals(2.5, f.quantile(0), 0);
        assertEquals(2.5, f.quantile(1), 0);
        assertEquals(0, f.cdf(2.4), 0);
        assertEquals(1, f.cdf(2.5), 0);
        assertEquals(new ImpliedSummary(2.5, 2.5, 2.5, 2.5), f.implied());
    }
}

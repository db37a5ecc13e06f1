package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class DiscreteFamiliesTest {
    private static final int N = 100_000;

    /** Chi-square on category frequencies; reject at p < 0.001 (fixed seed, so deterministic). */
    private static void assertFrequencies(Distribution d, double[] support, double[] probs) {
        double[] x = StatTests.sample(d, N);
        long[] observed = new long[support.length];
        for (double v : x) {
            int i = Arrays.binarySearch(support, v);
            assertTrue(i >= 0, d.spec() + " sampled " + v + " outside its support");
            observed[i]++;
        }
        double[] expected = new double[probs.length];
        for (int i = 0; i < probs.length; i++) {
            expected[i] = probs[i] * N;
        }
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        System.out.printf("GOF %-45s seed=%d n=%d chi2 p=%.4f%n", d.spec(), StatTests.SEED, N, p);
        assertTrue(p >= StatTests.ALPHA, d.spec() + ": chi-square p " + p);
    }

    @Test
    void categorical() {
        Categorical c = Categorical.of(new double[] {3, 1, 2}, new double[] {0.3, 0.2, 0.5});
        assertFrequencies(c, new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.3});
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
        assertFrequencies(z, new double[] {5, 9}, new double[] {0.5, 0.5});
    }

    @Test
    void bernoulli() {
        Bernoulli b = Bernoulli.of(0.3);
        assertFrequencies(b, new double[] {0, 1}, new double[] {0.7, 0.3});
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
        assertFrequencies(e, new double[] {1, 2, 3, 4}, new double[] {0.2, 0.2, 0.4, 0.2});
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

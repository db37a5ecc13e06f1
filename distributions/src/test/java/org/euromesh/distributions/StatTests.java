package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * Goodness-of-fit helpers. Every test uses a fixed seed, so it is deterministic; the significance
 * level says how often a correct implementation would fail on a fresh seed.
 */
final class StatTests {
    /** Reject at p < 0.001: a correct sampler fails one (seed, test) pair in a thousand. */
    static final double ALPHA = 1e-3;
    static final long SEED = 12345L;

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

    /** One-sample Kolmogorov–Smirnov p-value of the sample against d's own cdf. */
    static double ksPValue(Distribution d, double[] sample) {
        double[] x = sample.clone();
        Arrays.sort(x);
        int n = x.length;
        double dmax = 0;
        for (int i = 0; i < n; i++) {
            double f = d.cdf(x[i]);
            dmax = Math.max(dmax, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
        }
        return 1 - new KolmogorovSmirnovTest().cdf(dmax, n);
    }

    /** Chi-square p-value on the deciles of d (expected 10% each). */
    static double decileChiSquarePValue(Distribution d, double[] sample) {
        double[] edges = new double[9];
        for (int k = 1; k <= 9; k++) {
            edges[k - 1] = d.quantile(k / 10.0);
        }
        long[] observed = new long[10];
        for (double v : sample) {
            int bin = Arrays.binarySearch(edges, v);
            bin = bin >= 0 ? bin + 1 : -bin - 1;
            observed[bin]++;
        }
        double[] expected = new double[10];
        Arrays.fill(expected, sample.length / 10.0);
        return new ChiSquareTest().chiSquareTest(expected, observed);
    }

    static void assertFits(Distribution d, int n) {
        double[] x = sample(d, n);
        double ks = ksPValue(d, x);
        double chi = decileChiSquarePValue(d, x);
        System.out.printf("GOF %-45s seed=%d n=%d KS p=%.4f decile chi2 p=%.4f%n", d.spec(), SEED, n, ks, chi);
        assertTrue(ks >= ALPHA, d.spec() + ": KS p-value " + ks + " < " + ALPHA);
        assertTrue(chi >= ALPHA, d.spec() + ": decile chi-square p-value " + chi + " < " + ALPHA);
    }
}

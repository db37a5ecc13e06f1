package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The maths of the continuous families: quantile, cdf and moments against the commons-math3 oracles
 * of {@link ContinuousCases}, plus closed forms and edge cases. Sampling goodness of fit against the
 * same oracles is in {@link ContinuousSamplerParametricTest}.
 */
class ContinuousFamiliesTest {

    static Stream<Distribution> continuous() {
        return ContinuousCases.all().stream().map(ContinuousCases.Case::d);
    }

    @ParameterizedTest
    @MethodSource("continuous")
    void quantileInvertsCdfAndEndsAreTheSupport(Distribution d) {
        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            double x = d.quantile(p);
            // The quantile is solved to ~1e-15 relative in x, then rounded to a double: allow 1e-11 plus
            // the probability carried by one ulp either side of x (large where the density is steep).
            double ulp = Math.ulp(x);
            double tol = 1e-11 + d.cdf(x + ulp) - d.cdf(x - ulp);
            assertEquals(p, d.cdf(x), tol, d.spec() + " at p=" + p);
        }
        assertEquals(d.lowerBound(), d.quantile(0), 0, d.spec());
        assertEquals(d.upperBound(), d.quantile(1), 0, d.spec());
        assertEquals(0, d.cdf(d.lowerBound() - 1), 0);
        assertEquals(1, d.cdf(Math.min(Double.MAX_VALUE, d.upperBound())), 1e-15);
    }

    @ParameterizedTest
    @MethodSource("continuous")
    void samplerRebindsToAnotherGenerator(Distribution d) {
        DistributionSampler a = d.createSampler(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        DistributionSampler b = a.withUniformRandomProvider(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        for (int i = 0; i < 100; i++) {
            assertEquals(a.sample(), b.sample(), 0);
        }
    }

    static Stream<ContinuousCases.Case> oracles() {
        return ContinuousCases.all().stream();
    }

    /**
     * cdf, quantile, mean and variance against the independent oracle. Tolerances: cdf 1e-12 absolute
     * at the oracle's i/200-quantiles (both sides evaluate the cdf to ~1e-14 by different series and
     * continued fractions); quantile 1e-11 in probability, |F_oracle(Q(i/200)) − i/200| (observed at
     * most 6e-12, for the steep lower end of beta(0.3, 3)); the deciles also in x,
     * |Q(k/10) − Q_oracle(k/10)| &le; 1e-12·max(1, |x|) (observed at most 1e-13; the oracle's inverse is
     * a closed form, an erf⁻¹, or a Brent solve to 1e-15); mean and variance 1e-12·max(1, |value|)
     * (closed forms on both sides, or commons-math3 quadrature for the truncated normal: observed at
     * most 3e-15).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("oracles")
    void mathsMatchCommonsMath(ContinuousCases.Case c) {
        Distribution d = c.d();
        AbstractRealDistribution oracle = c.oracle();
        for (int i = 0; i <= 200; i++) {
            double p = i / 200.0;
            double x = oracle.inverseCumulativeProbability(Math.min(1 - 1e-12, Math.max(1e-12, p)));
            // Both libraries evaluate the cdf to ~1e-14 by different series/continued fractions.
            assertEquals(oracle.cumulativeProbability(x), d.cdf(x), 1e-12, d.spec() + " cdf at " + x);
        }
        for (int i = 1; i < 200; i++) {
            double p = i / 200.0;
            // Compare in probability space (round trip through the oracle's cdf): the oracle's own
            // inverse is solved only to its absolute accuracy, which is meaningless in steep tails.
            assertEquals(p, oracle.cumulativeProbability(d.quantile(p)), 1e-11, d.spec() + " quantile at " + p);
        }
        for (int k = 1; k < 10; k++) {
            double x = oracle.inverseCumulativeProbability(k / 10.0);
            assertEquals(x, d.quantile(k / 10.0), 1e-12 * Math.max(1, Math.abs(x)), d.spec() + " decile " + k);
        }
        double tol = 1e-12;
        assertEquals(oracle.getNumericalMean(), d.mean(), tol * Math.max(1, Math.abs(d.mean())), d.spec() + " mean");
        assertEquals(oracle.getNumericalVariance(), d.variance(), tol * Math.max(1, d.variance()),
                d.spec() + " variance");
    }

    @Test
    void pertMomentsAreTheClassicFormulas() {
        for (double[] t : List.of(new double[] {2, 8.4, 10}, new double[] {0, 0, 1}, new double[] {-5, 1, 2},
                new double[] {100, 150, 400})) {
            Pert p = Pert.of(t[0], t[1], t[2]);
            double mu = (t[0] + 4 * t[1] + t[2]) / 6;
            assertEquals(mu, p.mean(), 1e-12 * Math.abs(mu) + 1e-15);
            assertEquals((mu - t[0]) * (t[2] - mu) / 7, p.variance(), 1e-12 * p.variance());
        }
        Pert l6 = Pert.of(1, 3, 9, 6);
        assertEquals((1 + 6 * 3 + 9) / 8.0, l6.mean(), 1e-15);
        assertEquals(1 + 6 * 2 / 8.0, l6.alpha(), 1e-15);
        assertEquals(1 + 6 * 6 / 8.0, l6.beta(), 1e-15);
    }

    @Test
    void triangularMoments() {
        Triangular t = Triangular.of(1, 2, 6);
        assertEquals(3, t.mean(), 1e-15);
        assertEquals((1 + 4 + 36 - 2 - 6 - 12) / 18.0, t.variance(), 1e-15);
        assertEquals(2, t.quantile(t.cdf(2)), 1e-15);
        assertEquals(0.2, t.cdf(2), 1e-15);
    }

    @Test
    void truncatedNormalClosedForms() {
        // Half-normal: mean μ + σ√(2/π), variance σ²(1 − 2/π).
        TruncatedNormal h = TruncatedNormal.of(5, 2, 5, Double.POSITIVE_INFINITY);
        assertEquals(5 + 2 * Math.sqrt(2 / Math.PI), h.mean(), 1e-14);
        assertEquals(4 * (1 - 2 / Math.PI), h.variance(), 1e-13);
        assertEquals(5 + 2 * 0.6744897501960817, h.quantile(0.5), 1e-13);
        // The mirrored path (window in the upper tail) equals the plain one on the mirror image.
        TruncatedNormal up = TruncatedNormal.of(0, 1, 4, 6);
        TruncatedNormal down = TruncatedNormal.of(0, 1, -6, -4);
        assertEquals(-down.mean(), up.mean(), 1e-13);
        assertEquals(down.variance(), up.variance(), 1e-12);
        for (double p = 0.01; p < 1; p += 0.01) {
            assertEquals(-down.quantile(1 - p), up.quantile(p), 1e-12);
        }
        // Conditional cdf of a central window against commons-math3's normal.
        NormalDistribution n = new NormalDistribution(1, 2);
        TruncatedNormal t = TruncatedNormal.of(1, 2, -1, 4);
        double z = n.cumulativeProbability(4) - n.cumulativeProbability(-1);
        for (double x = -1; x <= 4; x += 0.05) {
            assertEquals((n.cumulativeProbability(x) - n.cumulativeProbability(-1)) / z, t.cdf(x), 1e-14);
        }
        // Mean by midpoint integration of the quantile (error ~ 1e-9 for 1e5 points on a bounded window).
        double m = 0;
        int k = 100_000;
        for (int i = 0; i < k; i++) {
            m += t.quantile((i + 0.5) / k);
        }
        assertEquals(m / k, t.mean(), 1e-7);
    }

    @Test
    void degenerateCasesBehaveAsFixed() {
        for (Distribution d : List.of(Pert.of(3, 3, 3), Triangular.of(3, 3, 3), Uniform.of(3, 3))) {
            assertEquals(3, d.mean(), 0);
            assertEquals(0, d.variance(), 0);
            assertEquals(3, d.quantile(0), 0);
            assertEquals(3, d.quantile(0.3), 0);
            assertEquals(3, d.quantile(1), 0);
            assertEquals(0, d.cdf(2.999), 0);
            assertEquals(1, d.cdf(3), 0);
            assertEquals(3, d.createSampler(StatTests.rng()).sample(), 0);
            assertEquals(3, d.fastQuantile().apply(0.7), 0);
        }
        assertSame(FastQuantile.Kind.CONSTANT, Pert.of(3, 3, 3).fastQuantile().kind());
    }

    @Test
    void modeAtABound() {
        Pert lo = Pert.of(0, 0, 1);
        assertEquals(1, lo.alpha(), 0);
        assertEquals(5, lo.beta(), 0);
        assertEquals(1 - Math.pow(1 - 0.3, 0.2), lo.quantile(0.3), 1e-14); // Beta(1, 5): F = 1 − (1−x)^5
        Pert hi = Pert.of(0, 1, 1);
        assertEquals(Math.pow(0.3, 0.2), hi.quantile(0.3), 1e-14); // Beta(5, 1): F = x^5
        Triangular t = Triangular.of(0, 0, 1);
        assertEquals(1 - Math.sqrt(0.7), t.quantile(0.3), 1e-15);
        assertEquals(1 - 0.25, t.cdf(0.5), 1e-15);
    }

    @Test
    void extremeShapesStayInsideTheirSupport() {
        for (Distribution d : List.of(Beta.of(0.5, 0.5), Beta.of(50, 2), Gamma.of(0.3, 1), Beta.of(0.05, 0.05))) {
            double[] x = StatTests.sample(d, 10_000);
            for (double v : x) {
                assertTrue(v >= d.lowerBound() && v <= d.upperBound(), d.spec() + " sampled " + v);
            }
            double q = d.quantile(1e-12);
            assertTrue(q >= d.lowerBound() && d.cdf(q) > 0, d.spec());
        }
    }
}

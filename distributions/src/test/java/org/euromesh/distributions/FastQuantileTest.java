package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FastQuantileTest {
    private static final int POINTS = 200_000;

    /**
     * Shapes with a ceiling on the measured error (documented on FastQuantile, ~2x margin). The
     * largest errors sit in the cells next to the exact end cells, where Q bends most.
     */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(Pert.of(2, 6, 10), 5e-5),          // mode in the middle
                Arguments.of(Pert.of(2, 8.4, 10), 5e-5),
                Arguments.of(Pert.of(0, 0.01, 1), 5e-5),        // mode near a bound
                Arguments.of(Pert.of(0, 0, 1), 5e-5),           // mode at a bound
                Arguments.of(Pert.of(0, 1, 1), 5e-5),
                Arguments.of(Pert.of(0, 0.3, 1, 20), 5e-5),
                Arguments.of(LogNormal.of(0, 1), 5e-5),
                Arguments.of(LogNormal.of(1, 2.5), 5e-5),
                Arguments.of(Gamma.of(0.3, 1), 1e-4),
                Arguments.of(Gamma.of(5, 2), 5e-5),
                Arguments.of(Beta.of(0.5, 0.5), 5e-5),
                Arguments.of(Beta.of(50, 2), 5e-5),
                Arguments.of(Normal.of(0, 1), 5e-5),
                Arguments.of(TruncatedNormal.of(0, 1, -0.5, 3), 5e-5));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void tableErrorIsWithinTheProvenBoundAndTheMeasuredOne(Distribution d, double measuredCeiling) {
        FastQuantile fq = d.fastQuantile();
        assertSame(FastQuantile.Kind.TABLE, fq.kind());
        assertSame(fq, d.fastQuantile(), "the table is built once");
        double bound = 1.0 / fq.cells();
        double maxErr = 0;
        double bulkErr = 0;
        for (int i = 0; i <= POINTS; i++) {
            double p = (double) i / POINTS;
            double x = fq.apply(p);
            double err = Math.abs(d.cdf(x) - p);
            assertTrue(err <= bound, d.spec() + " p=" + p + " err " + err + " > 1/K");
            maxErr = Math.max(maxErr, err);
            if (p >= 0.01 && p <= 0.99) {
                bulkErr = Math.max(bulkErr, err);
            }
        }
        // irrational points too, so cell interiors are probed off the grid
        for (int i = 0; i < POINTS; i++) {
            double p = (i * 0.6180339887498949) % 1.0;
            maxErr = Math.max(maxErr, Math.abs(d.cdf(fq.apply(p)) - p));
        }
        System.out.printf("FastQuantile %-32s max |F(Qtilde(p)) - p| = %.2e, on [0.01, 0.99] %.2e (bound 1/K = %.2e)%n",
                d.spec(), maxErr, bulkErr, bound);
        assertTrue(maxErr <= measuredCeiling, d.spec() + " measured error " + maxErr);
        assertTrue(bulkErr <= 3e-6, d.spec() + " measured error on [0.01, 0.99] " + bulkErr);
        assertEquals(d.quantile(0), fq.apply(0), 0);
        assertEquals(d.quantile(1), fq.apply(1), 0);
        double h = 1.0 / (fq.cells() * FastQuantile.SUB_CELLS);
        assertEquals(d.quantile(0.7 * h), fq.apply(0.7 * h), 0, "first sub-cell is exact");
        assertEquals(d.quantile(1 - 0.7 * h), fq.apply(1 - 0.7 * h), 0, "last sub-cell is exact");
    }

    /**
     * The end cells, where the sub-tables work, with commons-math3's cdf as an independent oracle.
     * Measured ceilings ~2x the documented measurements on FastQuantile.
     */
    static Stream<Arguments> endCells() {
        return Stream.of(
                endCase(Pert.of(2, 6, 10), 3e-7),         // mode in the middle
                endCase(Pert.of(0, 0, 1), 3e-7),          // mode at a bound
                endCase(Pert.of(0, 1, 1), 3e-7),
                endCase(Pert.of(0, 0.01, 1), 3e-7),
                endCase(Beta.of(0.5, 0.5), 3e-7),
                endCase(Beta.of(50, 2), 3e-7),
                Arguments.of(Gamma.of(0.3, 1), cdf(new GammaDistribution(null, 0.3, 1, 1e-9)), 7e-7),
                Arguments.of(Gamma.of(5, 2), cdf(new GammaDistribution(null, 5, 2, 1e-9)), 3e-7),
                Arguments.of(LogNormal.of(0, 1), cdf(new LogNormalDistribution(null, 0, 1, 1e-9)), 5e-7),
                Arguments.of(LogNormal.of(1, 2.5), cdf(new LogNormalDistribution(null, 1, 2.5, 1e-9)), 5e-7),
                Arguments.of(Normal.of(0, 1), cdf(new NormalDistribution(null, 0, 1, 1e-9)), 3e-7));
    }

    private static Arguments endCase(Pert d, double ceiling) {
        BetaDistribution b = new BetaDistribution(null, d.alpha(), d.beta(), 1e-9);
        double lo = d.lowerBound();
        double w = d.upperBound() - lo;
        return Arguments.of(d, (DoubleUnaryOperator) x -> b.cumulativeProbability((x - lo) / w), ceiling);
    }

    private static Arguments endCase(Beta d, double ceiling) {
        return Arguments.of(d, cdf(new BetaDistribution(null, d.alpha(), d.beta(), 1e-9)), ceiling);
    }

    private static DoubleUnaryOperator cdf(org.apache.commons.math3.distribution.RealDistribution d) {
        // commons-math3's gamma cdf diverges at +inf (Q(1) of an unbounded distribution)
        return x -> Double.isInfinite(x) ? (x > 0 ? 1 : 0) : d.cumulativeProbability(x);
    }

    @ParameterizedTest
    @MethodSource("endCells")
    void endCellsMeetTheSubCellBound(Distribution d, DoubleUnaryOperator oracle, double measuredCeiling) {
        FastQuantile fq = d.fastQuantile();
        int k = fq.cells();
        double h = 1.0 / (k * FastQuantile.SUB_CELLS);
        int n = 100_000;
        double maxErr = 0;
        for (int end = 0; end < 2; end++) {
            for (int i = 0; i <= n; i++) {
                // dense grid over the cell, and an irrational one so sub-cell interiors are probed
                double q = i % 2 == 0 ? (double) i / n / k : ((i * 0.6180339887498949) % 1.0) / k;
                double p = end == 0 ? q : 1 - q;
                double x = fq.apply(p);
                double err = Math.abs(oracle.applyAsDouble(x) - p);
                if (q < h) {
                    assertEquals(d.quantile(p), x, 0, d.spec() + " outermost sub-cell is exact, p=" + p);
                    continue;
                }
                // the proven bound, plus a little for the oracle's own rounding
                assertTrue(err <= h + 1e-14, d.spec() + " p=" + p + " err " + err + " > 1/(K K2) = " + h);
                maxErr = Math.max(maxErr, err);
            }
        }
        System.out.printf("FastQuantile end cells %-26s max |F(Qtilde(p)) - p| = %.2e (bound 1/(K K2) = %.2e)%n",
                d.spec(), maxErr, h);
        assertTrue(maxErr <= measuredCeiling, d.spec() + " measured error in the end cells " + maxErr);
        // the sub-knots are exact quantiles, and the outermost sub-cells defer to the exact quantile
        for (int j = 1; j < FastQuantile.SUB_CELLS; j++) {
            assertEquals(d.quantile(j * h), fq.apply(j * h), 0, d.spec() + " sub-knot " + j);
            assertEquals(d.quantile(1 - j * h), fq.apply(1 - j * h), 0, d.spec() + " upper sub-knot " + j);
        }
        double scale = Math.max(1, Math.abs(d.quantile(1.0 / k)));
        assertEquals(d.quantile(1.0 / k), fq.apply(1.0 / k), 1e-14 * scale);
        for (double p : new double[] {0, 1e-300, 1e-100, 1e-20, 1e-10, 0.5 * h}) {
            assertEquals(d.quantile(p), fq.apply(p), 0, d.spec() + " p=" + p);
            assertEquals(d.quantile(1 - p), fq.apply(1 - p), 0, d.spec() + " p=1-" + p);
        }
    }

    @ParameterizedTest
    @MethodSource("endCells")
    void monotoneAcrossCellAndSubCellBoundaries(Distribution d) {
        FastQuantile fq = d.fastQuantile();
        int k = fq.cells();
        int sub = FastQuantile.SUB_CELLS;
        double h = 1.0 / (k * sub);
        // every sub-knot, the first two ordinary knots at each end, and the fallback boundary h
        for (int j = 1; j <= sub + 2 * sub; j++) {
            double b = j * h;
            assertMonotoneAround(d, fq, b);
            assertMonotoneAround(d, fq, 1 - b);
        }
        // and a sweep through the end cells into their neighbours
        double prev = fq.apply(0);
        for (int i = 1; i <= 3 * 64 * sub; i++) {
            double p = i * (h / 64);
            double x = fq.apply(p);
            assertTrue(x >= prev, d.spec() + " decreases at p=" + p);
            prev = x;
        }
        prev = fq.apply(1);
        for (int i = 1; i <= 3 * 64 * sub; i++) {
            double p = 1 - i * (h / 64);
            double x = fq.apply(p);
            assertTrue(x <= prev, d.spec() + " decreases at p=" + p);
            prev = x;
        }
    }

    private static void assertMonotoneAround(Distribution d, FastQuantile fq, double b) {
        double below = fq.apply(Math.nextDown(b));
        double at = fq.apply(b);
        double above = fq.apply(Math.nextUp(b));
        assertTrue(below <= at && at <= above, d.spec() + " not monotone at p=" + b + ": " + below + ", " + at
                + ", " + above);
    }

    @Test
    void aCellCountThatIsNotAPowerOfTwoKeepsTheBounds() {
        Pert d = Pert.of(0, 0.2, 1);
        int k = 1000;
        FastQuantile fq = FastQuantile.table(d, k);
        double prev = fq.apply(0);
        for (int i = 1; i <= 200_000; i++) {
            double p = (double) i / 200_000;
            double x = fq.apply(p);
            assertTrue(x >= prev, "decreases at p=" + p);
            prev = x;
            boolean end = p < 1.0 / k || p > 1 - 1.0 / k;
            assertTrue(Math.abs(d.cdf(x) - p) <= (end ? 1.0 / (k * FastQuantile.SUB_CELLS) : 1.0 / k) + 1e-15,
                    "p=" + p);
        }
    }

    @Test
    void closedFormsAreExact() {
        Triangular t = Triangular.of(1, 2, 6);
        Uniform u = Uniform.of(-2, 2);
        assertSame(FastQuantile.Kind.TRIANGULAR, t.fastQuantile().kind());
        assertSame(FastQuantile.Kind.UNIFORM, u.fastQuantile().kind());
        for (double p = 0; p <= 1; p += 0.001) {
            assertEquals(p, t.cdf(t.fastQuantile().apply(p)), 1e-14);
            assertEquals(-2 + 4 * p, u.fastQuantile().apply(p), 1e-15);
        }
        assertEquals(7, Fixed.of(7).fastQuantile().apply(0.3), 0);
    }

    @Test
    void discreteIsTheGeneralisedInverse() {
        Distribution c = Categorical.of(new double[] {3, 1, 2}, new double[] {0.3, 0.2, 0.5});
        FastQuantile fq = c.fastQuantile();
        assertSame(FastQuantile.Kind.DISCRETE, fq.kind());
        for (double p = 0; p <= 1; p += 0.0001) {
            assertEquals(c.quantile(p), fq.apply(p), 0, "p=" + p);
        }
        assertEquals(1, fq.apply(0), 0);
        assertEquals(1, fq.apply(0.2), 0);
        assertEquals(2, fq.apply(0.2000001), 0);
        assertEquals(3, fq.apply(1), 0);
    }

    @Test
    void knotsAreTheTablesExactQuantilesAndACopy() {
        Distribution d = Pert.of(2, 6, 10);
        FastQuantile fq = d.fastQuantile();
        double[] k = fq.knots();
        assertEquals(fq.cells() + 1, k.length);
        for (int i = 1; i < fq.cells(); i += 97) {
            // interior knots are the exact quantiles at i/K (the sweep is accurate to ~1e-15)
            assertEquals(d.quantile((double) i / fq.cells()), k[i], 1e-12, "knot " + i);
            // at a knot the interpolation returns the knot itself
            assertEquals(k[i], fq.apply((double) i / fq.cells()), 0, "knot " + i);
        }
        k[5] = -1;
        assertTrue(fq.knots()[5] > 0, "knots() returns a copy");
        assertEquals(0, Fixed.of(7).fastQuantile().knots().length);
        assertEquals(0, Uniform.of(0, 1).fastQuantile().knots().length);
    }

    @Test
    void tableBuildIsCheapEnoughForLoadTime() {
        long t0 = System.nanoTime();
        Pert.of(0, 0.37, 1.3).fastQuantile();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("PERT table build: " + ms + " ms");
        assertTrue(ms < 5_000, "building one PERT table took " + ms + " ms");
    }
}

package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

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
        assertEquals(d.quantile(1e-6), fq.apply(1e-6), 0, "first cell is exact");
        assertEquals(d.quantile(1 - 1e-6), fq.apply(1 - 1e-6), 0, "last cell is exact");
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
    void tableBuildIsCheapEnoughForLoadTime() {
        long t0 = System.nanoTime();
        Pert.of(0, 0.37, 1.3).fastQuantile();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("PERT table build: " + ms + " ms");
        assertTrue(ms < 5_000, "building one PERT table took " + ms + " ms");
    }
}

package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FitsTest {
    @Test
    void pertFromMeanIeaExample() {
        Pert p = assertInstanceOf(Pert.class, Fits.pertFromMean(2, 10, 7.6));
        assertEquals(2, p.min(), 0);
        assertEquals(8.4, p.mode(), 0); // (6·7.6 − 12)/4, binary noise removed
        assertEquals(10, p.max(), 0);
        assertEquals(7.6, p.mean(), 1e-14);
        System.out.println("pert(min=2, max=10, mean=7.6) -> " + p.spec() + " implied " + p.implied());
    }

    @Test
    void pertFromMeanRejectsUnreachableMeanWithTheFeasibleRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fits.pertFromMean(2, 10, 9.9));
        assertTrue(e.getMessage().contains("[3.3333333333333335, 8.666666666666666]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fits.pertFromMean(2, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> Fits.pertFromMean(10, 2, 5));
        // the ends of the range are reachable: mode at a bound
        assertEquals(10, ((Pert) Fits.pertFromMean(2, 10, (2 + 50) / 6.0)).mode(), 1e-12);
        assertEquals(2, ((Pert) Fits.pertFromMean(2, 10, 20 / 6.0)).mode(), 1e-12);
    }

    @Test
    void lognormalReproducesItsPercentiles() {
        LogNormal l = Fits.lognormalFromPercentiles(0.05, 1.03, 0.95, 2.0);
        assertEquals(1.03, l.quantile(0.05), 1e-13);
        assertEquals(2.0, l.quantile(0.95), 1e-13);
        assertEquals(Math.sqrt(1.03 * 2.0), l.quantile(0.5), 1e-13); // symmetric levels: median = geometric mean
        LogNormal m = Fits.lognormalFromPercentiles(0.1, 3, 0.9, 12);
        assertEquals(3, m.quantile(0.1), 1e-13);
        assertEquals(12, m.quantile(0.9), 1e-13);
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0.05, 2, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0.05, 2, 0.95, 2));
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0.05, 0, 0.95, 2));
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0.05, -1, 0.95, 2));
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0.95, 1, 0.05, 2));
        assertThrows(IllegalArgumentException.class, () -> Fits.lognormalFromPercentiles(0, 1, 0.5, 2));
    }

    @Test
    void normalReproducesItsPercentiles() {
        Normal n = Fits.normalFromPercentiles(0.05, -1, 0.95, 3);
        assertEquals(-1, n.quantile(0.05), 1e-13);
        assertEquals(3, n.quantile(0.95), 1e-13);
        assertEquals(1, n.mu(), 1e-14);
    }

    @Test
    void triangularReproducesP10P50P90() {
        double[][] cases = {{2, 5, 9}, {10, 20, 30}, {1, 1.5, 2.3}, {0, 0.618, 1}, {0, 0.382, 1}};
        for (double[] c : cases) {
            Triangular t = Fits.triangularFromP10P50P90(c[0], c[1], c[2]);
            assertEquals(c[0], t.quantile(0.1), 1e-9, t.spec());
            assertEquals(c[1], t.quantile(0.5), 1e-9, t.spec());
            assertEquals(c[2], t.quantile(0.9), 1e-9, t.spec());
        }
        // too skewed for any triangular: message gives the feasible P50 range
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fits.triangularFromP10P50P90(0, 0.2, 1));
        assertTrue(e.getMessage().contains("P50 must lie in [0.38"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fits.triangularFromP10P50P90(3, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> Fits.triangularFromP10P50P90(1, 1, 5));
    }

    @Test
    void confidencePolicyExamplesFromModelSection0() {
        ConfidencePolicy policy = ConfidencePolicy.standard();
        assertEquals(Pert.of(75, 100, 125), policy.apply(100, Confidence.MEDIUM, 0, Double.POSITIVE_INFINITY));
        assertEquals(Pert.of(90, 100, 110), policy.apply(100, Confidence.HIGH, 0, Double.POSITIVE_INFINITY));
        assertEquals(Pert.of(50, 100, 150), policy.apply(100, Confidence.LOW, 0, Double.POSITIVE_INFINITY));
        assertEquals(Pert.of(25, 100, 175), policy.apply(100, Confidence.ESTIMATE, 0, Double.POSITIVE_INFINITY));
        // clipped at 1 for a fraction, and at 0 for a non-negative quantity: mode stays, PERT stays valid
        Pert frac = (Pert) policy.apply(0.9, Confidence.LOW, 0, 1);
        assertEquals(0.45, frac.min(), 1e-15);
        assertEquals(0.9, frac.mode(), 0);
        assertEquals(1, frac.max(), 0);
        Pert wide = (Pert) new ConfidencePolicy(0.1, 0.25, 0.5, 1.5).apply(2, Confidence.ESTIMATE, 0,
                Double.POSITIVE_INFINITY);
        assertEquals(Pert.of(0, 2, 5), wide);
        Pert zero = (Pert) policy.apply(0, Confidence.MEDIUM, 0, Double.POSITIVE_INFINITY);
        assertEquals(0, zero.variance(), 0); // degenerate PERT(0, 0, 0) behaves as fixed(0)
        assertThrows(IllegalArgumentException.class, () -> policy.apply(1.2, Confidence.LOW, 0, 1));
    }
}

package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class FastNormalTest {
    /** The documented absolute bound. */
    private static final double BOUND = 2e-15;

    @Test
    void phiIsWithinTheAbsoluteBoundOnTheTable() {
        NormalDistribution std = new NormalDistribution(null, 0, 1, 1e-9);
        int n = 1_000_000;
        double maxVsCody = 0;
        double maxVsOracle = 0;
        for (int i = 0; i <= 2 * n; i++) {
            // a dense grid over [-9, 9] (every cell boundary and centre is on it), and an
            // irrational one so cell interiors are probed off the grid
            double x = i % 2 == 0 ? -9 + 9.0 * i / n : -9 + 18 * ((i * 0.6180339887498949) % 1.0);
            double fast = FastNormal.phi(x);
            maxVsCody = Math.max(maxVsCody, Math.abs(fast - NormalMath.phi(x)));
            // commons-math3: Φ from erfc, an independent route (lower tail from erfc(-x/√2) directly)
            double oracle = x < 0 ? 0.5 * Erf.erfc(-x / Math.sqrt(2)) : std.cumulativeProbability(x);
            maxVsOracle = Math.max(maxVsOracle, Math.abs(fast - oracle));
            assertTrue(fast >= 0 && fast <= 1, "x=" + x);
        }
        System.out.printf("FastNormal.phi on [-9, 9]: max |diff| vs NormalMath.phi %.2e, vs commons-math3 %.2e%n",
                maxVsCody, maxVsOracle);
        assertTrue(maxVsCody <= BOUND, "vs NormalMath.phi: " + maxVsCody);
        // the oracle itself is good to ~1e-15 absolute here
        assertTrue(maxVsOracle <= BOUND + 2e-15, "vs commons-math3: " + maxVsOracle);
    }

    @Test
    void lowerTailStaysPositiveWithSmallRelativeError() {
        // Φ(-9) ≈ 1.1e-19: an absolute bound alone would allow negative values there
        double worst = 0;
        for (double x = -9; x <= -3; x += 1.0 / 4096) {
            double exact = NormalMath.phi(x);
            double fast = FastNormal.phi(x);
            assertTrue(fast > 0, "x=" + x);
            worst = Math.max(worst, Math.abs(fast - exact) / exact);
        }
        System.out.printf("FastNormal.phi on [-9, -3]: max relative error %.2e%n", worst);
        assertTrue(worst <= 2e-9, "relative error " + worst);
    }

    @Test
    void outsideTheTableItIsTheAccuratePhi() {
        for (double x = Math.nextUp(9.0); x < 40; x += 0.0137) {
            assertEquals(NormalMath.phi(x), FastNormal.phi(x), 0, "x=" + x);
            assertEquals(NormalMath.phi(-x), FastNormal.phi(-x), 0, "x=" + -x);
        }
        assertEquals(0, FastNormal.phi(Double.NEGATIVE_INFINITY), 0);
        assertEquals(1, FastNormal.phi(Double.POSITIVE_INFINITY), 0);
        assertTrue(Double.isNaN(FastNormal.phi(Double.NaN)));
        assertEquals(0.5, FastNormal.phi(0), 1e-16);
        assertEquals(0.5, FastNormal.phi(-0.0), 1e-16);
    }

    @Test
    void symmetric() {
        for (double x = 0; x <= 9; x += 0.001) {
            assertEquals(1, FastNormal.phi(x) + FastNormal.phi(-x), 2.3e-16, "x=" + x);
        }
    }
}

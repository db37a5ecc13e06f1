package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class NormalMathTest {
    private static final NormalDistribution STD = new NormalDistribution(0, 1);

    @Test
    void phiMatchesCommonsMath() {
        // commons-math3 computes Φ from erfc via the regularized gamma function, an independent
        // route; Cody's approximation is good to ~1e-15 relative. In the far tail the oracle's own
        // exp(-z²/2 + ...) carries a relative error of about z²·eps, hence the z² term.
        for (double z = -37; z <= 8.2; z += 0.01) {
            double expected = z < 0 ? 0.5 * Erf.erfc(-z / Math.sqrt(2)) : STD.cumulativeProbability(z);
            double actual = NormalMath.phi(z);
            assertEquals(expected, actual, (1e-13 + 4e-16 * z * z) * expected, "phi(" + z + ")");
        }
        assertEquals(0.5, NormalMath.phi(0), 0);
        assertEquals(0, NormalMath.phi(-40), 0);
        assertEquals(1, NormalMath.phi(40), 0);
        assertEquals(0, NormalMath.phi(Double.NEGATIVE_INFINITY), 0);
        assertEquals(1, NormalMath.phi(Double.POSITIVE_INFINITY), 0);
        assertTrue(Double.isNaN(NormalMath.phi(Double.NaN)));
    }

    @Test
    void inversePhiMatchesCommonsMathAndInvertsPhi() {
        for (double p = 0.001; p < 0.999; p += 0.0007) {
            assertEquals(STD.inverseCumulativeProbability(p), NormalMath.inversePhi(p), 1e-12, "p=" + p);
        }
        // Round trip over the whole range, both tails, relative to p (AS241 is ~1e-16 relative;
        // Φ adds ~1e-15 and the slope amplification in the tail about |z|·1e-16 per unit of z).
        for (double lp = -300; lp < -0.7; lp += 0.37) {
            double p = Math.pow(10, lp);
            assertEquals(p, NormalMath.phi(NormalMath.inversePhi(p)), 1e-12 * p, "p=" + p);
        }
        for (double p = 0.5; p < 1 - 1e-15; p += (1 - p) * 0.3) {
            double z = NormalMath.inversePhi(p);
            assertEquals(1 - p, NormalMath.phi(-z), 1e-12 * (1 - p), "p=" + p);
        }
        assertEquals(Double.NEGATIVE_INFINITY, NormalMath.inversePhi(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, NormalMath.inversePhi(1), 0);
        assertEquals(0, NormalMath.inversePhi(0.5), 0);
        assertThrows(IllegalArgumentException.class, () -> NormalMath.inversePhi(1.5));
        assertThrows(IllegalArgumentException.class, () -> NormalMath.inversePhi(Double.NaN));
    }
}

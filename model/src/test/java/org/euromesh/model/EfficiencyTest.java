package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** α(H, n, N) of docs/MODEL.md §2 against values worked out by hand. */
class EfficiencyTest {

    // Shipped centrals: alpha0 1.10, k_H 0.12, k_N 0.04, s_scale 0.05, cap 2.0, H = H_ref = 500.
    private static double alpha(double n, double nParams) {
        return Efficiency.alpha(1.10, 0.12, 0.04, 0.05, 2.0, 500, 500, n, nParams);
    }

    @Test
    void oneMemberBelowTenBillionParametersIsAlpha0() {
        assertEquals(1.10, alpha(1, 8e9), 1e-12);
    }

    @Test
    void eightMembersAddThreeDoublingsOfKn() {
        // 1.10 + 0.04 * log2(8) = 1.22
        assertEquals(1.22, alpha(8, 7e10 / 10), 1e-12);
    }

    @Test
    void sizeFactorAbove10BParameters() {
        // 405B: 1 + 0.05 * log10(40.5) = 1.0803742...; n = 8: 1.22 * 1.0803742 = 1.3180565
        assertEquals(1.0 + 0.05 * 1.6074550232146685, Efficiency.sizeFactor(0.05, 4.05e11), 1e-12);
        assertEquals(1.22 * 1.0803727511607334, alpha(8, 4.05e11), 1e-9);
    }

    @Test
    void hAboveReferenceCostsKhPerDecade() {
        // H = 5000 is one decade above H_ref: 1.10 + 0.12 = 1.22
        assertEquals(1.22, Efficiency.alpha(1.10, 0.12, 0.04, 0.05, 2.0, 5000, 500, 1, 1e9), 1e-12);
    }

    @Test
    void capAndFloor() {
        // A large s_scale at 1e28-class N hits the cap 2.0.
        assertEquals(2.0, Efficiency.alpha(1.10, 0.12, 0.04, 0.40, 2.0, 500, 500, 8, 9.1e12), 0.0);
        // A negative base (H far below H_ref) is floored at 1 before the size factor.
        assertEquals(1.0, Efficiency.alpha(1.0, 0.12, 0.0, 0.0, 2.0, 5, 500, 1, 1e9), 0.0);
    }

    @Test
    void log2TableMatchesMathLog() {
        for (int n = 1; n < 5000; n++) {
            assertEquals(Math.log(n) / Math.log(2), Efficiency.log2(n), 1e-12);
        }
        assertEquals(Math.log(8.5) / Math.log(2), Efficiency.log2(8.5), 1e-12);
    }
}

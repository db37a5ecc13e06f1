package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euromesh.params.Allocation;
import org.euromesh.params.Target;
import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md §2.1: low-communication training may not work at a target's size. q(N) =
 * min(1, max(0, q_slope·log10(N/1e10))); the method fails when diloco_fails_u &lt; q(N), and the
 * federation then trains on its single fastest member, synchronously (no α, no u). Hand-worked
 * on FixedParameters (1 MW site = 1000 GPUs of 1e15 FLOP/s; MFU_local 0.5).
 */
class MethodFailureTest {

    private static final double YEAR = 3.15576e7;

    @Test
    void failureProbabilityByHand() {
        // q_slope 0.08: 8B -> 0 (below 10B), 1e11 -> 0.08, 1e12 -> 0.16; q_slope 0.5 at 1e13 -> 1.5 -> 1.
        assertEquals(0.0, Efficiency.failureProbability(0.08, 8e9), 0);
        assertEquals(0.08, Efficiency.failureProbability(0.08, 1e11), 1e-15);
        assertEquals(0.16, Efficiency.failureProbability(0.08, 1e12), 1e-15);
        assertEquals(1.0, Efficiency.failureProbability(0.5, 1e13), 0);
        // frontier-2028 at the central q_slope: N = sqrt(1e28 / 120) = 9.129e12 -> 0.08 * 2.9604 = 0.2368.
        assertEquals(0.08 * Math.log10(Math.sqrt(1e28 / 120) / 1e10), Efficiency.failureProbability(0.08,
                Math.sqrt(1e28 / 120)), 1e-15);
    }

    /**
     * Substrate: f_addr 0.2 from t_coord 1 (S_max 1 EFLOP/s, so its fallback share is
     * 0.2 * 1e18 * 0.5 = 1e17 FLOP/s); one 1 MW site training from t = 2 (fallback 5e17, no u).
     */
    private static FixedParameters race(double failsU) {
        return new FixedParameters().set("f_addr", 0.2).set("t_coord", 1.0).set("s_max", 1.0)
                .set("q_slope", 0.5).set("diloco_fails_u", failsU).region(2.0, 1.0, 100, 50);
    }

    @Test
    void theFallbackTrainsOnTheFastestSingleMember() {
        // N = 1e12: q = min(1, 0.5 * 2) = 1, so the method fails at any draw below 1.
        // Fallback: [1, 2) the substrate's share of JUPITER-size, 1e17; from 2 the site, 5e17 > 1e17.
        // C = 1e17 * 1 y + 5e17 * 0.5 y -> t_fed = 2.5; the site supplied 2.5e17 y > 1e17 y.
        double c = (1e17 + 5e17 * 0.5) * YEAR;
        Target big = Target.ofModel("big", 1e12, c / 6e12, "test");
        // N = 1e9: q = 0, the method works: α(n = 2 from t = 2) = 1.1, works branch as in version 1.
        Target small = Target.ofModel("small", 1e9, c / 6e9, "test");
        EuroMeshModel model = EuroMeshModel.of(race(0.5).target(big).target(small).build(), "big");
        double[] out = model.evaluateCentral();
        assertEquals(2.5, out[model.outputIndex("big.t_fed")], 1e-12);
        assertEquals(1.0, out[model.outputIndex(Outputs.methodFailed("big"))]);
        assertEquals(1.0, out[model.outputIndex("big.sites_most")]);
        assertTrue(Double.isNaN(out[model.outputIndex(Outputs.winIfMethodWorks("big"))]));
        assertEquals(1.0, out[model.outputIndex("big.win")]); // campus: 4.5 + C / 5e18 later
        // Works branch for "small": [1, 2) substrate alone, raw 0.2*1e18*0.5*u 1 = 1e17, α 1;
        // from 2: n = 2, α 1.1, (1e17 + 5e17) / 1.1. C - 1e17 y = 2.5e17 y at 6e17/1.1 -> 0.458333 y.
        assertEquals(2.0 + 2.5e17 / (6e17 / 1.1), out[model.outputIndex("small.t_fed")], 1e-12);
        assertEquals(0.0, out[model.outputIndex(Outputs.methodFailed("small"))]);
        assertEquals(1.0, out[model.outputIndex(Outputs.winIfMethodWorks("small"))]);
    }

    @Test
    void aDrawAboveQMeansTheMethodWorks() {
        // q_slope 0.3 at N = 1e11: q = 0.3. Draw 0.5 >= 0.3: works; draw 0.2 < 0.3: fails.
        double c = 1e17 * 0.5 * YEAR;
        for (double u : new double[] {0.5, 0.2}) {
            Target t = Target.ofModel("t", 1e11, c / 6e11, "test");
            EuroMeshModel model = EuroMeshModel.of(race(u).set("q_slope", 0.3).target(t).build(), "t");
            double[] out = model.evaluateCentral();
            assertEquals(u < 0.3 ? 1.0 : 0.0, out[model.outputIndex(Outputs.methodFailed("t"))], "u " + u);
            // Either way the substrate alone delivers in [1, 2): works 1e17 / α 1 (u = 1), fails 1e17.
            assertEquals(1.5, out[model.outputIndex("t.t_fed")], 1e-12, "u " + u);
        }
    }

    @Test
    void theFallbackUsesTheInstitutionalShareInForce() {
        // Institutional: f_inst 0.5 during [0.5, 1.5): fallback 0.5 * 1e18 * 0.5 = 2.5e17; no site
        // trains before 2. C = 2.5e17 * 0.25 y -> t_fed = 0.75.
        double c = 2.5e17 * 0.25 * YEAR;
        FixedParameters p = race(0.5).allocation(Allocation.INSTITUTIONAL).set("f_inst", 0.5).set("t_inst", 0.5)
                .target(Target.ofModel("big", 1e12, c / 6e12, "test"));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "big");
        double[] out = model.evaluateCentral();
        assertEquals(0.75, out[model.outputIndex("big.t_fed")], 1e-12);
        assertEquals(0.0, out[model.outputIndex("big.sites_most")]);
    }

    @Test
    void theShippedCentralTakesTheWorksBranch() {
        // diloco_fails_u's central 0.5 is above every target's central q(N) (at most 0.237).
        EuroMeshModel model = EuroMeshModel.of(org.euromesh.params.ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA));
        double[] out = model.evaluateCentral();
        for (String t : new String[] {"8B", "70B", "405B", "gpt45-class", "frontier-2028"}) {
            assertEquals(0.0, out[model.outputIndex(Outputs.methodFailed(t))], t);
            assertEquals(out[model.outputIndex(Outputs.win(t))], out[model.outputIndex(Outputs.winIfMethodWorks(t))], t);
        }
    }
}

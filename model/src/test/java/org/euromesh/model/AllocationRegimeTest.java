package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euromesh.params.Allocation;
import org.euromesh.params.Target;
import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md §3.2, the allocation regimes, on hand-sized fixed inputs (FixedParameters: S = 1
 * EFLOP/s flat, MFU_local 0.5, u 1, n_pub 1, α₀ 1, k_N 0.1, so α = 1 while the substrate trains
 * alone). Every expected number is worked out in the comment above it.
 */
class AllocationRegimeTest {

    private static final double YEAR = 3.15576e7;

    /** Public only: f_addr 0.2 from t_coord 1; f_inst 0.5 in rounds of 1 y from t_inst 0.5. */
    private static FixedParameters publicOnly() {
        return new FixedParameters().set("f_addr", 0.2).set("t_coord", 1.0)
                .set("f_inst", 0.5).set("t_inst", 0.5).set("d_inst", 1.0).set("inst_period", 1.0);
    }

    private static Target target(String name, double flop) {
        return Target.ofModel(name, 1e9, flop / 6e9, "test"); // N = 1e9: below 10B, no size factor
    }

    @Test
    void institutionalOneRoundByHand() {
        // Rate in the round: 0.5 * 1 EFLOP/s * 1e18 * 0.5 * 1 / α 1 = 2.5e17 FLOP/s during [0.5, 1.5).
        // "half": 2.5e17 * 0.5 y -> t_fed = 1.0. "more": 1.5 rounds' worth -> never (one round only).
        FixedParameters p = publicOnly().allocation(Allocation.INSTITUTIONAL)
                .target(target("half", 2.5e17 * 0.5 * YEAR)).target(target("more", 2.5e17 * 1.5 * YEAR));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "half");
        double[] out = model.evaluateCentral();
        assertEquals(1.0, out[model.outputIndex("half.t_fed")], 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, out[model.outputIndex("more.t_fed")]);
        assertEquals(0.0, out[model.outputIndex("more.win")]);
        // Mobilised, the same targets: 0.2 * 1e18 * 0.5 = 1e17 FLOP/s from t = 1: 1.25 y and 3.75 y later.
        EuroMeshModel mobilised = EuroMeshModel.of(publicOnly().target(target("half", 2.5e17 * 0.5 * YEAR))
                .target(target("more", 2.5e17 * 1.5 * YEAR)).build(), "half");
        double[] m = mobilised.evaluateCentral();
        assertEquals(2.25, m[mobilised.outputIndex("half.t_fed")], 1e-12);
        assertEquals(4.75, m[mobilised.outputIndex("more.t_fed")], 1e-12);
    }

    @Test
    void institutionalRoundsRepeatEveryPeriod() {
        // Two rounds of 0.5 y every 1 y: [0.5, 1.0) and [1.5, 2.0), 2.5e17 FLOP/s in each.
        // 0.75 rounds' worth of a full year (2.5e17 * 0.75 y): 0.5 y in the first, 0.25 y in the second
        // -> t_fed = 1.5 + 0.25 = 1.75.
        FixedParameters p = publicOnly().allocation(Allocation.INSTITUTIONAL).set("d_inst", 0.5)
                .set("inst_rounds", 2).target(target("two", 2.5e17 * 0.75 * YEAR));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "two");
        assertEquals(1.75, model.evaluateCentral()[model.outputIndex("two.t_fed")], 1e-12);
    }

    @Test
    void institutionalSubstrateLeavesAlphaWhenItsRoundEnds() {
        // Substrate in [0.5, 1.5) (n_pub 1) and one 1 MW site training from t = 1 (5e17 raw, fixed
        // inputs: 1000 GPUs * 1e15 * 0.5). [0.5, 1): substrate alone, α 1, 2.5e17. [1, 1.5): n = 2,
        // α = 1.1, (2.5e17 + 5e17) / 1.1. From 1.5: the site alone, n = 1, α = 1, 5e17.
        // C = 2.5e17*0.5y + 7.5e17/1.1*0.5y + 5e17*0.5y -> t_fed = 2.0.
        double c = (2.5e17 * 0.5 + 7.5e17 / 1.1 * 0.5 + 5e17 * 0.5) * YEAR;
        FixedParameters p = publicOnly().allocation(Allocation.INSTITUTIONAL).region(1.0, 1.0, 100, 50)
                .target(target("site", c));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "site");
        double[] out = model.evaluateCentral();
        assertEquals(2.0, out[model.outputIndex("site.t_fed")], 1e-12);
        // Sites: 5e17/1.1*0.5 + 5e17*0.5 > substrate: 2.5e17*0.5 + 2.5e17/1.1*0.5.
        assertEquals(1.0, out[model.outputIndex("site.sites_most")]);
    }

    @Test
    void mixtureDrawsTheRegimeAndRecordsItWithConditionalWins() {
        // mobilised iff allocation_u >= 1 - p_mobilise. With p = 0.5: u 0.7 mobilised, u 0.3 institutional.
        // Target "half" (above): mobilised 2.25, institutional 1.0; the campus trains at 4.5 + tiny: both win.
        for (double u : new double[] {0.7, 0.3}) {
            FixedParameters p = publicOnly().allocation(Allocation.MIXTURE).set("allocation_u", u)
                    .target(target("half", 2.5e17 * 0.5 * YEAR));
            EuroMeshModel model = EuroMeshModel.of(p.build(), "half");
            double[] out = model.evaluateCentral();
            boolean mobilised = u >= 0.5;
            assertEquals(mobilised ? 2.25 : 1.0, out[model.outputIndex("half.t_fed")], 1e-12, "u " + u);
            assertEquals(mobilised ? 1.0 : 0.0, out[model.outputIndex(Outputs.MOBILISED)], "u " + u);
            double ifMobilised = out[model.outputIndex(Outputs.winIfMobilised("half"))];
            double ifInstitutional = out[model.outputIndex(Outputs.winIfInstitutional("half"))];
            // The other regime's conditional is NaN: excluded (invalid) from its probability.
            assertEquals(mobilised, ifInstitutional != ifInstitutional, "u " + u);
            assertEquals(!mobilised, ifMobilised != ifMobilised, "u " + u);
            assertEquals(1.0, mobilised ? ifMobilised : ifInstitutional);
        }
        // p_mobilise 1: always mobilised, even at the largest draw below 1; p 0: never.
        FixedParameters always = publicOnly().allocation(Allocation.MIXTURE).set("p_mobilise", 1.0)
                .set("allocation_u", 0.0).target(target("half", 1e24));
        EuroMeshModel m1 = EuroMeshModel.of(always.build(), "half");
        assertEquals(1.0, m1.evaluateCentral()[m1.outputIndex(Outputs.MOBILISED)]);
        FixedParameters never = publicOnly().allocation(Allocation.MIXTURE).set("p_mobilise", 0.0)
                .set("allocation_u", 0.999999).target(target("half", 1e24));
        EuroMeshModel m0 = EuroMeshModel.of(never.build(), "half");
        assertEquals(0.0, m0.evaluateCentral()[m0.outputIndex(Outputs.MOBILISED)]);
    }

    @Test
    void regimeOutputsExistOnlyUnderMixture() {
        FixedParameters p = publicOnly().target(target("half", 1e24));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "half");
        assertFalse(model.outputs().stream().anyMatch(o -> o.name().equals(Outputs.MOBILISED)));
        EuroMeshModel mixture = EuroMeshModel.of(publicOnly().allocation(Allocation.MIXTURE)
                .target(target("half", 1e24)).build(), "half");
        assertTrue(mixture.outputs().stream().anyMatch(o -> o.name().equals(Outputs.winIfInstitutional("half"))));
        assertEquals(mixture.outputs().size(), mixture.evaluateCentral().length);
    }
}

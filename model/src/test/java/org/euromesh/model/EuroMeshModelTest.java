package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.euromesh.params.Target;
import org.junit.jupiter.api.Test;

/**
 * Layers 2 and 3 on hand-sized, fixed inputs. Every expected number is worked out in the
 * comment above it from FixedParameters' round values (1000 GPUs of 1e15 FLOP/s per 1 MW site).
 */
class EuroMeshModelTest {

    private static final double YEAR = 3.15576e7;

    /** Medium-sites-only, two regions with one 1 MW site each, energised at t = 2 and t = 3. */
    private static FixedParameters twoSites() {
        return new FixedParameters().publicSubstrate(false)
                .region(2.0, 1.0, 100.0, 50.0)
                .region(3.0, 1.0, 200.0, 300.0);
    }

    @Test
    void twoSiteCrossingTimeByHand() {
        // One site alone: 1000 GPUs * 1e15 * MFU 0.5 * u 1 / alpha(1) = 5e17 FLOP/s (alpha = 1.0).
        // Two sites: alpha(2) = 1.0 + 0.1 * log2(2) = 1.1, rate 2 * 5e17 / 1.1 = 9.0909e17 FLOP/s.
        // E(3) = 5e17 * 1 year; choose C so that 0.5 more year at two sites completes it: t_fed = 3.5.
        double c = 5e17 * YEAR + (1e18 / 1.1) * 0.5 * YEAR;
        Target t = Target.ofModel("hand", 1e9, c / 6e9, "test");
        EuroMeshModel model = EuroMeshModel.of(twoSites().target(t).build(), "hand");
        double[] out = model.evaluateCentral();
        assertEquals(3.5, out[model.outputIndex("hand.t_fed")], 1e-12);
        // Campus: 10 MW / 1 kW = 10,000 GPUs * 1e15 * 0.5 = 5e18 FLOP/s from 4 + 0.5 = 4.5.
        double campus = 4.5 + c / 5e18 / YEAR;
        assertEquals(campus, out[model.outputIndex("hand.t_campus")], 1e-12);
        assertEquals(1.0, out[model.outputIndex("hand.win")]);
        assertEquals(campus - 3.5, out[model.outputIndex("hand.lead")], 1e-12);
        assertEquals(1.0, out[model.outputIndex("hand.sites_most")]);
    }

    @Test
    void crossingInsideFirstSegment() {
        // Half a year of one site: t_fed = 2.5.
        double c = 5e17 * 0.5 * YEAR;
        EuroMeshModel model = EuroMeshModel.of(twoSites().target(Target.ofModel("x", 1e9, c / 6e9, "test")).build(), "x");
        assertEquals(2.5, model.evaluateCentral()[model.outputIndex("x.t_fed")], 1e-12);
    }

    @Test
    void unreachableTargetIsCensoredAndLoses() {
        // Two sites give at most ~9.1e17 FLOP/s for < 24 years: ~7e26 FLOP; ask for 1e28.
        EuroMeshModel model = EuroMeshModel.of(twoSites().target(Target.ofCompute("big", 1e28, "test")).build(), "big");
        double[] out = model.evaluateCentral();
        assertEquals(Double.POSITIVE_INFINITY, out[model.outputIndex("big.t_fed")]);
        assertEquals(0.0, out[model.outputIndex("big.win")]);
    }

    @Test
    void publicSubstrateRampsWithItsPlateausAndCoordination() {
        // Public only (no regions): f_addr 0.5, S = 1 / 2 / 4 EFLOP/s, t_coord = 0.5, n_pub = 2.
        // Raw rate per EFLOP/s: 0.5 * 1e18 * 0.5 * 1 = 2.5e17; alpha(2) = 1.1.
        // [0.5, 1): 2.5e17/1.1; [1, 3): 5e17/1.1; from 3: 1e18/1.1.
        // E(3) = (0.5 * 2.5e17 + 2 * 5e17) / 1.1 years; then 1 more year at 1e18/1.1 -> t_fed = 4.
        FixedParameters p = new FixedParameters().set("f_addr", 0.5).set("s_now", 1).set("s_2026", 2)
                .set("s_2028", 4).set("t_coord", 0.5).set("n_pub", 2);
        double c = (0.5 * 2.5e17 + 2 * 5e17 + 1e18) / 1.1 * YEAR;
        EuroMeshModel model = EuroMeshModel.of(p.target(Target.ofModel("pub", 1e9, c / 6e9, "test")).build(), "pub");
        double[] out = model.evaluateCentral();
        assertEquals(4.0, out[model.outputIndex("pub.t_fed")], 1e-9);
        assertEquals(0.0, out[model.outputIndex("pub.sites_most")]);
    }

    @Test
    void alphaCountsSubstrateAndSitesTogether() {
        // Substrate (n_pub 2, from t = 0.5, 1 EFLOP/s, f_addr 0.5 -> raw 2.5e17) plus one site at t = 2
        // (raw 5e17). Until 2: alpha(2) = 1.1; from 2: n = 3, alpha = 1 + 0.1 log2 3 = 1.158496.
        // Target: E(2) = 2.5e17 * 0.5y / 1.1 + 2.5e17 * 1y * 2 / ... (S_2026 = 1 here: flat 1 EFLOP/s).
        FixedParameters p = new FixedParameters().set("f_addr", 0.5).set("t_coord", 0.5).set("n_pub", 2)
                .region(2.0, 1.0, 100.0, 50.0);
        double a3 = 1.0 + 0.1 * Math.log(3) / Math.log(2);
        double e2 = 2.5e17 / 1.1 * 1.5 * YEAR;
        double c = e2 + (2.5e17 + 5e17) / a3 * 0.25 * YEAR;
        EuroMeshModel model = EuroMeshModel.of(p.target(Target.ofModel("mix", 1e9, c / 6e9, "test")).build(), "mix");
        double[] out = model.evaluateCentral();
        assertEquals(2.25, out[model.outputIndex("mix.t_fed")], 1e-9);
        // Public FLOP: 2.5e17/1.1*1.5y + 2.5e17/a3*0.25y > sites: 5e17/a3*0.25y.
        assertEquals(0.0, out[model.outputIndex("mix.sites_most")]);
    }

    @Test
    void sitesRampOnePerQuarterAndCommissioningDelaysTraining() {
        // One region, 3 MW accessible, 1 MW sites, unbounded budget: 3 sites energised at 2, 2.25, 2.5,
        // training from +0.5: 2.5, 2.75, 3.0. The first 0.25 y at one site: 5e17 * 0.25y.
        FixedParameters p = new FixedParameters().publicSubstrate(false).set("site_commission", 0.5)
                .region(2.0, 3.0, 100.0, 50.0);
        double c = 5e17 * 0.25 * YEAR + 1e18 / 1.1 * 0.1 * YEAR;
        EuroMeshModel model = EuroMeshModel.of(p.target(Target.ofModel("ramp", 1e9, c / 6e9, "test")).build(), "ramp");
        double[] out = model.evaluateCentral();
        assertEquals(2.85, out[model.outputIndex("ramp.t_fed")], 1e-9);
        assertEquals(3.0, out[model.outputIndex("region.r0.sites")]);
        assertEquals(2.5, out[model.outputIndex("region.r0.first_training")], 1e-12);
    }

    @Test
    void meshBudgetSplitsInProportionToAccessiblePower() {
        // docs/MODEL.md §3.3, largest remainder: quota = budget * acc / sum / site, k = floor(quota),
        // then the whole sites left within the budget go to the largest remainders.
        // acc = 2000, 1200, 240 (sum 3440) with 40 MW sites and budget 1000: quotas 14.535, 8.721,
        // 1.744 -> floors 14, 8, 1 = 23 of 25 sites; the 2 left go to remainders .744 and .721:
        // 14, 9, 2 = 25 sites = 1000 MW (rounding each half up gave 15, 9, 2 = 1,040 MW).
        // Physical caps 50, 30, 6 do not bind.
        int[] sites = new int[3];
        double[] remainder = new double[3];
        double[] x = new double[EuroMeshInputs.regionBase(3)];
        x[EuroMeshInputs.regionBase(0) + EuroMeshInputs.REGION_ACCESSIBLE_MW] = 2000;
        x[EuroMeshInputs.regionBase(1) + EuroMeshInputs.REGION_ACCESSIBLE_MW] = 1200;
        x[EuroMeshInputs.regionBase(2) + EuroMeshInputs.REGION_ACCESSIBLE_MW] = 240;
        EuroMeshModel.sitesPerRegion(x, 3, 40, 1000, sites, remainder);
        assertArrayEquals(new int[] {14, 9, 2}, sites);
        // Unbounded: floor(acc / site) = 50, 30, 6.
        EuroMeshModel.sitesPerRegion(x, 3, 40, Double.POSITIVE_INFINITY, sites, remainder);
        assertArrayEquals(new int[] {50, 30, 6}, sites);
        // A physical cap binds: budget 10000 would give 145 sites to the first; it only has room for 50.
        // Every quota exceeds its region's room (budget / sum > 1), so all are capped: 50, 30, 6.
        EuroMeshModel.sitesPerRegion(x, 3, 40, 10000, sites, remainder);
        assertArrayEquals(new int[] {50, 30, 6}, sites);
    }

    @Test
    void scorecardEnergyCostCarbonByHand() {
        // Target C = 6e9 * 1e12 = 6e21 FLOP, 1 site per region so alpha(1) = 1.
        // GPU-seconds = 6e21 / (1e15 * 0.5 * 1) = 1.2e7; energy = 1.2e7 * 1 kW * PUE 1 / 3.6e6 = 3.3333 MWh.
        // Cost r0 = 3.3333 * 100 + 1.2e7 [EUR/MW] * 1 kW/1000 / (6 * YEAR) * 1.2e7 GPU-s.
        // Carbon r0 = 3.3333 MWh * 1000 * 50 g/kWh / 1e6 = 0.16667 t.
        EuroMeshModel model = EuroMeshModel.of(twoSites().target(Target.ofModel("s", 1e9, 1e12, "test")).build(), "s");
        double[] out = model.evaluateCentral();
        double energy = 1.2e7 / 3.6e6;
        assertEquals(energy, out[model.outputIndex("region.r0.energy_mwh")], 1e-12);
        assertEquals(energy * 100 + 1.2e7 / 1000.0 / (6 * YEAR) * 1.2e7, out[model.outputIndex("region.r0.cost_eur")], 1e-9);
        assertEquals(energy * 1000 * 50 / 1e6, out[model.outputIndex("region.r0.carbon_t")], 1e-12);
        // r0 is faster, cheaper and cleaner, both feasible (2 and 3 < campus 4.5): r0 ranks first.
        assertEquals(1.0, out[model.outputIndex("region.r0.rank")]);
        assertEquals(1.0, out[model.outputIndex("region.r0.rank1")]);
        assertEquals(2.0, out[model.outputIndex("region.r1.rank")]);
        assertEquals(1.0, out[model.outputIndex("region.r1.feasible")]);
    }

    @Test
    void gpuCountOfAFortyMegawattSite() {
        // docs/MODEL.md §3: 40 MW at 1.4 kW per GPU -> 28,571 GPUs; 1 GW -> 714,285.
        assertEquals(28_571, EuroMeshModel.gpus(40, 1.4));
        assertEquals(714_285, EuroMeshModel.gpus(1000, 1.4));
    }

    @Test
    void evaluationIsRepeatableOnOneEvaluator() {
        EuroMeshModel model = EuroMeshModel.of(twoSites().target(Target.ofModel("s", 1e9, 1e12, "test")).build(), "s");
        double[] first = model.evaluateCentral();
        assertArrayEquals(first, model.evaluateCentral());
        assertTrue(first.length == model.outputs().size());
    }

    @Test
    void unknownHeadlineTargetIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EuroMeshModel.of(twoSites().target(Target.ofModel("s", 1e9, 1e12, "test")).build(), "405B"));
        assertTrue(e.getMessage().contains("405B") && e.getMessage().contains("s"), e.getMessage());
    }
}

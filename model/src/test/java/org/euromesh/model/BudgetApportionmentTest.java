package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Region;
import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md §3.3: largest-remainder apportionment never buys more than the budget, and
 * wastes no whole site that a region with room could take. A property test over random draws
 * (fixed seed; deterministic, so it cannot fail by chance).
 */
class BudgetApportionmentTest {

    private static final long SEED = 12_2026_12_01L;

    @Test
    void neverOverTheBudgetOnRandomDraws() {
        UniformRandomProvider rng = new SplitMix64(SEED);
        int regions = 9;
        int[] sites = new int[regions];
        double[] remainder = new double[regions];
        double[] x = new double[EuroMeshInputs.regionBase(regions)];
        for (int draw = 0; draw < 50_000; draw++) {
            int n = 1 + rng.nextInt(regions);
            double siteMw = 1 + 99 * rng.nextDouble();
            double budget = 10 + 5000 * rng.nextDouble();
            double[] a = new double[n];
            for (int r = 0; r < n; r++) {
                a[r] = rng.nextInt(8) == 0 ? siteMw * rng.nextDouble() : 3000 * rng.nextDouble(); // some can host none
                x[EuroMeshInputs.regionBase(r) + EuroMeshInputs.REGION_ACCESSIBLE_MW] = a[r];
            }
            EuroMeshModel.sitesPerRegion(x, n, siteMw, budget, sites, remainder);
            checkApportionment(a, siteMw, budget, sites, "draw " + draw);
        }
    }

    @Test
    void neverOverTheBudgetOnTheShippedDistributions() {
        // The shipped accessible_mw (policy PERTs) and 40 MW sites: version 1 bought > 1000 MW on
        // about a quarter of paths; every one of these draws must stay within 1000 MW.
        ParameterSet set = ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA);
        List<Region> rs = set.regions();
        UniformRandomProvider rng = new SplitMix64(SEED + 1);
        int n = rs.size();
        int[] sites = new int[n];
        double[] remainder = new double[n];
        double[] x = new double[EuroMeshInputs.regionBase(n)];
        double[] a = new double[n];
        for (int draw = 0; draw < 20_000; draw++) {
            for (int r = 0; r < n; r++) {
                Parameter p = rs.get(r).accessibleMw();
                a[r] = p.distribution().quantile(rng.nextDouble());
                x[EuroMeshInputs.regionBase(r) + EuroMeshInputs.REGION_ACCESSIBLE_MW] = a[r];
            }
            EuroMeshModel.sitesPerRegion(x, n, 40, 1000, sites, remainder);
            checkApportionment(a, 40, 1000, sites, "draw " + draw);
        }
    }

    /** Within the budget, each region within its room and its floor quota, and no usable site left. */
    private static void checkApportionment(double[] a, double siteMw, double budget, int[] sites, String what) {
        double total = 0;
        for (double v : a) {
            total += v;
        }
        long bought = 0;
        boolean roomLeft = false;
        for (int r = 0; r < a.length; r++) {
            long physical = (long) Math.floor(a[r] / siteMw);
            double quota = budget * a[r] / total / siteMw;
            assertTrue(sites[r] <= physical, what + ": region " + r + " over its room");
            assertTrue(sites[r] >= Math.min(physical, (long) Math.floor(quota)), what + ": region " + r + " below its quota");
            assertTrue(sites[r] <= Math.floor(quota) + 1, what + ": region " + r + " got more than one extra site");
            bought += sites[r];
            roomLeft |= sites[r] < physical && sites[r] == Math.floor(quota);
        }
        assertTrue(bought * siteMw <= budget * (1 + 1e-12), what + ": bought " + bought * siteMw + " MW > " + budget);
        // Largest remainder hands out every whole site left, while a region has room for one.
        long whole = (long) Math.floor(budget / siteMw);
        assertTrue(bought == whole || !roomLeft, what + ": " + bought + " of " + whole + " sites with room left");
    }

    @Test
    void aRegionWithNoSiteIsExcludedNotComputedAsOneSite() {
        // Two regions: r0 hosts one 1 MW site, r1 offers 0.5 MW: k = 0. r1's first training is
        // censored, it is infeasible, its energy, cost and carbon are undefined (NaN: excluded from
        // their distributions and counted), and it ranks last (2 of 2) in every metric and overall.
        FixedParameters p = new FixedParameters().publicSubstrate(false)
                .region(2.0, 1.0, 100.0, 50.0).region(1.0, 0.5, 1.0, 1.0)
                .target(org.euromesh.params.Target.ofModel("s", 1e9, 1e12, "test"));
        EuroMeshModel model = EuroMeshModel.of(p.build(), "s");
        double[] out = model.evaluateCentral();
        assertEquals(0.0, out[model.outputIndex("region.r1.sites")]);
        assertEquals(Double.POSITIVE_INFINITY, out[model.outputIndex("region.r1.first_training")]);
        assertEquals(0.0, out[model.outputIndex("region.r1.feasible")]);
        assertTrue(Double.isNaN(out[model.outputIndex("region.r1.energy_mwh")]));
        assertTrue(Double.isNaN(out[model.outputIndex("region.r1.cost_eur")]));
        assertTrue(Double.isNaN(out[model.outputIndex("region.r1.carbon_t")]));
        assertEquals(2.0, out[model.outputIndex("region.r1.rank")]);
        assertEquals(1.0, out[model.outputIndex("region.r0.rank")]);
        assertEquals(1.2e7 / 3.6e6, out[model.outputIndex("region.r0.energy_mwh")], 1e-12);
    }
}

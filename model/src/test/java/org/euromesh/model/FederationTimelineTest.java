package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The delivery time read from the path's running totals ({@link FederationTimeline#deliveryTime})
 * against the plain sweep with the target's own α per segment
 * ({@link FederationTimeline#deliveryTimeBySweep}), on random paths that exercise both premises of
 * the fast path failing (k_N &lt; 0, so α's base falls as members join) and holding, the cap binding
 * from the start, part-way and never, no substrate, no members for a while, and censoring.
 * Fixed seed; the two must agree to rounding (1e-9 years, ~30 ms) and on who supplied most FLOP.
 */
class FederationTimelineTest {

    private static final long SEED = 7_2026_11_21L;

    @Test
    void runningTotalsAgreeWithTheSweepOnRandomPaths() {
        UniformRandomProvider rng = new SplitMix64(SEED);
        FederationTimeline timeline = new FederationTimeline();
        PublicWindows windows = new PublicWindows();
        int finite = 0;
        int censored = 0;
        for (int path = 0; path < 20_000; path++) {
            // as the model hands them over: one run per region, energised + j·ramp + commission
            SiteRuns runs = new SiteRuns();
            int regions = rng.nextInt(9);
            double ramp = rng.nextInt(20) == 0 ? -0.1 : rng.nextInt(10) == 0 ? 0.0 : rng.nextDouble();
            for (int r = 0; r < regions; r++) {
                double energised = rng.nextInt(10) == 0 ? 30 : 0.5 + 12 * rng.nextDouble(); // some after the horizon
                runs.addRun(energised, rng.nextInt(9), ramp, rng.nextDouble());
            }
            if (ramp < 0) {
                runs.sortIntoOneRun(); // what the model does when runs are not ascending
            }
            // No substrate, mobilised from t_coord, or institutional rounds (some overlapping).
            int regime = rng.nextInt(4);
            if (regime == 0) {
                windows.none();
            } else if (regime == 3) {
                windows.institutional(2 * rng.nextDouble(), 2 * rng.nextDouble(), 0.5 + rng.nextDouble(),
                        1 + rng.nextInt(4));
            } else {
                windows.mobilised(3 * rng.nextDouble());
            }
            double kN = -0.05 + 0.2 * rng.nextDouble();
            timeline.build(runs, 1e19 * rng.nextDouble(), windows, 0.05e18 * rng.nextDouble(), 37, 60, 150,
                    rng.nextInt(9), 0.9 + 0.5 * rng.nextDouble(), kN, 1e18, 1e18, 24);
            for (int k = 0; k < 6; k++) {
                double compute = Math.pow(10, 22 + 7 * rng.nextDouble());
                double sizeFactor = 1 + rng.nextDouble();
                double cap = 1.1 + 2 * rng.nextDouble();
                double sweep = timeline.deliveryTimeBySweep(compute, sizeFactor, cap);
                boolean sweepSites = timeline.sitesSuppliedMost();
                double fast = timeline.deliveryTime(compute, sizeFactor, cap);
                String what = "path " + path + " target " + k;
                if (Double.isInfinite(sweep)) {
                    assertEquals(sweep, fast, what);
                    censored++;
                } else {
                    assertEquals(sweep, fast, 1e-9 * Math.max(1, sweep), what);
                    finite++;
                }
                assertEquals(sweepSites, timeline.sitesSuppliedMost(), what + ": who supplied most");
            }
        }
        assertTrue(finite > 10_000 && censored > 1_000, finite + " delivered, " + censored + " censored");
    }

    @Test
    void handComputedSingleSiteDelivery() {
        // One site from t = 1 at 1e18 FLOP/s raw, no substrate, α = 1.2 (base 1.2, size factor 1, cap 2):
        // 1e26 FLOP need 1e26·1.2/1e18 s = 1.2e8 s = 3.8026 years after t = 1.
        FederationTimeline timeline = new FederationTimeline();
        SiteRuns one = new SiteRuns();
        one.addRun(1.0, 1, 0.25, 0.0);
        PublicWindows none = new PublicWindows();
        none.none();
        timeline.build(one, 1e18, none, 0, 0, 0, 0, 0, 1.2, 0.1, 0, 0, 24);
        double years = 1.2e8 / Units.SECONDS_PER_YEAR;
        assertEquals(1 + years, timeline.deliveryTime(1e26, 1.0, 2.0), 1e-12);
        // size factor 2 makes α 2.4, capped at 2: 2e8 s
        assertEquals(1 + 2e8 / Units.SECONDS_PER_YEAR, timeline.deliveryTime(1e26, 2.0, 2.0), 1e-12);
        assertTrue(timeline.sitesSuppliedMost());
        assertEquals(Double.POSITIVE_INFINITY, timeline.deliveryTime(1e30, 1.0, 2.0));
    }
}

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
            // as the model hands them over: region by region, energised + j·ramp + commission (a negative ramp too)
            SiteRuns runs = new SiteRuns();
            int regions = rng.nextInt(9);
            double ramp = rng.nextInt(20) == 0 ? -0.1 : rng.nextInt(10) == 0 ? 0.0 : rng.nextDouble();
            for (int r = 0; r < regions; r++) {
                double energised = rng.nextInt(10) == 0 ? 30 : 0.5 + 12 * rng.nextDouble(); // some after the horizon
                runs.addRun(energised, rng.nextInt(9), ramp, rng.nextDouble());
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

    /**
     * The fallback (docs/MODEL.md §2.1: the single fastest member, synchronously) against an
     * independent reconstruction from the inputs alone: every site start and window edge sorted
     * into one list, the rate max(open windows · public, a site trains ? site : 0) evaluated at
     * each piece's start, and the delivery solved piece by piece. Fixed seed, 5,000 paths;
     * deterministic, so it cannot fail by chance.
     */
    @Test
    void fallbackAgreesWithAnIndependentReconstruction() {
        UniformRandomProvider rng = new SplitMix64(SEED + 1);
        FederationTimeline timeline = new FederationTimeline();
        PublicWindows windows = new PublicWindows();
        int delivered = 0;
        for (int path = 0; path < 5_000; path++) {
            SiteRuns runs = new SiteRuns();
            java.util.List<Double> starts = new java.util.ArrayList<>();
            int regions = rng.nextInt(4);
            for (int r = 0; r < regions; r++) {
                double energised = 0.5 + 12 * rng.nextDouble();
                int count = rng.nextInt(4);
                runs.addRun(energised, count, 0.25, 0.5);
                for (int j = 0; j < count; j++) {
                    starts.add(energised + j * 0.25 + 0.5);
                }
            }
            boolean institutional = rng.nextBoolean();
            double first = 3 * rng.nextDouble();
            double duration = 0.2 + rng.nextDouble();
            double period = 0.5 + rng.nextDouble();
            int rounds = 1 + rng.nextInt(3);
            if (institutional) {
                windows.institutional(first, duration, period, rounds);
            } else {
                windows.mobilised(first);
            }
            double siteFail = 1e18 * (0.5 + rng.nextDouble());
            double publicFail = 1e18 * (0.2 + 2 * rng.nextDouble());
            timeline.build(runs, 1e18, windows, 1e17, 37, 60, 150, 8, 1.1, 0.04, siteFail, publicFail, 24);
            double compute = Math.pow(10, 25 + 2.5 * rng.nextDouble());

            // Oracle: breakpoints from the inputs, rate per piece, solve.
            java.util.TreeSet<Double> cuts = new java.util.TreeSet<>(starts);
            cuts.add(0.0);
            cuts.add(24.0);
            int w = institutional ? rounds : 1;
            for (int j = 0; j < w; j++) {
                double a = institutional ? first + j * period : first;
                cuts.add(a);
                if (institutional) {
                    cuts.add(a + duration);
                }
            }
            double expected = Double.POSITIVE_INFINITY;
            double done = 0;
            Double[] c = cuts.headSet(24.0, true).toArray(new Double[0]);
            for (int i = 0; i + 1 < c.length; i++) {
                double t = c[i];
                int open = 0;
                for (int j = 0; j < w; j++) {
                    double a = institutional ? first + j * period : first;
                    double b = institutional ? a + duration : Double.POSITIVE_INFINITY;
                    open += a <= t && t < b ? 1 : 0;
                }
                boolean site = starts.stream().anyMatch(x -> x <= t);
                double rate = Math.max(open * publicFail, site ? siteFail : 0.0);
                double piece = rate * (c[i + 1] - t) * Units.SECONDS_PER_YEAR;
                if (rate > 0 && done + piece >= compute) {
                    expected = t + (compute - done) / rate / Units.SECONDS_PER_YEAR;
                    break;
                }
                done += piece;
            }
            double got = timeline.fallbackDeliveryTime(compute);
            if (Double.isInfinite(expected)) {
                assertEquals(expected, got, "path " + path);
            } else {
                assertEquals(expected, got, 1e-9 * Math.max(1, expected), "path " + path);
                delivered++;
            }
        }
        assertTrue(delivered > 1_000 && delivered < 4_900, delivered + " of 5000 delivered");
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

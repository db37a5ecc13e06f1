package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

class SiteRunsTest {

    private static final long SEED = 17_2026_12_01L;

    @Test
    void sortsHandWorkedRunsAndEndsWithInfinity() {
        SiteRuns runs = new SiteRuns();
        runs.clear();
        runs.addRun(2.0, 3, 0.25, 0.5); // 2.5, 2.75, 3.0
        runs.addRun(1.0, 0, 0.25, 0.5); // no site
        runs.addRun(1.0, 2, 1.5, 0.5);  // 1.5, 3.0: ties with the first region's last
        assertEquals(5, runs.siteCount());
        assertArrayEquals(new double[] {1.5, 2.5, 2.75, 3.0, 3.0, Double.POSITIVE_INFINITY},
                Arrays.copyOf(runs.sort(), 6));
    }

    @Test
    void invalidStartsSortWithNaNLast() {
        SiteRuns runs = new SiteRuns();
        runs.clear();
        runs.addRun(3.0, 3, -1.0, 0.0); // 3, 2, 1: a negative ramp descends
        runs.addRun(Double.NaN, 1, 0.25, 0.0);
        runs.addRun(0.5, 1, 0.25, 0.0);
        double[] v = Arrays.copyOf(runs.sort(), 6);
        assertArrayEquals(new double[] {0.5, 1.0, 2.0, 3.0}, Arrays.copyOf(v, 4));
        assertEquals(Double.NaN, v[4]);
        assertEquals(Double.POSITIVE_INFINITY, v[5]);
        runs.clear();
        assertEquals(0, runs.siteCount());
        assertEquals(Double.POSITIVE_INFINITY, runs.sort()[0]);
        runs.addRun(1.0, 40, 0.25, 0.0); // grows
        assertEquals(1.0 + 39 * 0.25, runs.sort()[39]);
    }

    /**
     * The bucket sort against {@link Arrays#sort} of the same starts, on random paths built like the
     * model's (7 regions, 0-9 sites each) and on the degenerate ones: equal leads (exact ties), a
     * ramp of 0 (a whole region at one instant), a negative ramp, infinite and NaN starts, one region
     * far after the others (most starts in one bucket). Equal as doubles, in order (a -0.0 may come
     * either side of a 0.0: both compare equal wherever the timeline reads them). Fixed seed;
     * deterministic, so it cannot fail by chance.
     */
    @Test
    void agreesWithArraysSortOnRandomAndDegeneratePaths() {
        UniformRandomProvider rng = new SplitMix64(SEED);
        SiteRuns runs = new SiteRuns();
        int ties = 0;
        for (int path = 0; path < 20_000; path++) {
            runs.clear();
            int kind = rng.nextInt(8);
            double ramp = kind == 1 ? 0.0 : kind == 2 ? -0.3 : kind == 3 ? 1e-300 : 0.25;
            double commission = rng.nextDouble();
            double[] added = new double[64];
            int n = 0;
            for (int r = 0; r < 7; r++) {
                double lead = kind == 4 ? 3.0 // every region at the same lead: exact ties
                        : kind == 5 && r == 6 ? 1e6 // one outlier: the rest share few buckets
                        : kind == 6 && r == 3 ? (rng.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                        : kind == 7 && r == 2 && rng.nextInt(4) == 0 ? Double.NaN
                        : 1.5 + 4.5 * rng.nextDouble();
                int count = rng.nextInt(10);
                runs.addRun(lead, count, ramp, commission);
                for (int j = 0; j < count; j++) {
                    added[n++] = lead + j * ramp + commission;
                }
            }
            double[] expected = Arrays.copyOf(added, n);
            Arrays.sort(expected);
            double[] got = runs.sort();
            assertEquals(n, runs.siteCount());
            for (int i = 0; i < n; i++) {
                boolean same = expected[i] == got[i] || (expected[i] != expected[i] && got[i] != got[i]);
                assertTrue(same, "path " + path + " position " + i + ": " + expected[i] + " vs " + got[i]);
                ties += i > 0 && expected[i] == expected[i - 1] ? 1 : 0;
            }
            assertEquals(Double.POSITIVE_INFINITY, got[n], "path " + path + ": end marker");
        }
        assertTrue(ties > 1_000, ties + " tied neighbours: the ties were exercised");
    }
}

package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SiteRunsTest {

    @Test
    void runsHoldEachRegionsStartsThenAnEndMarker() {
        SiteRuns runs = new SiteRuns();
        runs.addRun(2.0, 3, 0.25, 0.5);
        runs.addRun(1.0, 0, 0.25, 0.5);
        runs.addRun(1.0, 2, 0.25, 0.5);
        assertEquals(3, runs.runCount());
        assertEquals(5, runs.siteCount());
        double inf = Double.POSITIVE_INFINITY;
        assertArrayEquals(new double[] {2.5, 2.75, 3.0, inf, inf, 1.5, 1.75, inf},
                Arrays.copyOf(runs.values(), 8));
        assertEquals(0, runs.start(0));
        assertEquals(4, runs.start(1));
        assertEquals(5, runs.start(2));
    }

    @Test
    void invalidRunsAreSortedIntoOneWithNaNLast() {
        SiteRuns runs = new SiteRuns();
        runs.addRun(3.0, 3, -1.0, 0.0); // 3, 2, 1: not ascending
        runs.addRun(Double.NaN, 1, 0.25, 0.0);
        runs.addRun(0.5, 1, 0.25, 0.0);
        runs.sortIntoOneRun();
        assertEquals(1, runs.runCount());
        assertEquals(5, runs.siteCount());
        assertEquals(0, runs.start(0));
        double[] v = Arrays.copyOf(runs.values(), 6);
        assertArrayEquals(new double[] {0.5, 1.0, 2.0, 3.0}, Arrays.copyOf(v, 4));
        assertEquals(Double.NaN, v[4]);
        assertEquals(Double.POSITIVE_INFINITY, v[5]);
        runs.clear();
        assertEquals(0, runs.siteCount());
        runs.addRun(1.0, 40, 0.25, 0.0); // grows
        assertEquals(1.0 + 39 * 0.25, runs.values()[39]);
    }
}

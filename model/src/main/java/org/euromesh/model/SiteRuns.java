package org.euromesh.model;

import java.util.Arrays;

/**
 * The medium sites' training starts of one path as ascending runs, one per region (site j of a
 * region starts at energised + j·ramp + commission), each run followed by +inf as its end marker.
 * {@link FederationTimeline#build} merges the runs while it walks the timeline, so no sorted copy
 * of all starts is made (measured: the same speed as merging into an array first; a 32-input
 * sorting network and a two-ended merge were both slower). Mutable scratch, reused path after path
 * by one evaluator; it allocates only when a path has more sites or regions than any before.
 */
final class SiteRuns {

    private double[] values = new double[64];
    private int[] starts = new int[8];
    private int runs;
    private int used;
    private int sites;

    /** Forgets the previous path's runs. */
    void clear() {
        runs = 0;
        used = 0;
        sites = 0;
    }

    /**
     * Appends a region's run of {@code count} sites, the j-th starting at
     * {@code energised + j·ramp + commission}. Ascending only if ramp ≥ 0 and nothing is NaN: the
     * caller checks, and calls {@link #sortIntoOneRun} if not.
     */
    void addRun(double energised, int count, double ramp, double commission) {
        ensure(count + 1);
        starts[runs++] = used;
        for (int j = 0; j < count; j++) {
            values[used++] = energised + j * ramp + commission;
        }
        values[used++] = Double.POSITIVE_INFINITY;
        sites += count;
    }

    /** Replaces the runs by one sorted run of all their starts (NaN last): for invalid inputs. */
    void sortIntoOneRun() {
        int n = 0;
        for (int r = 0; r < runs; r++) {
            int last = end(r);
            for (int i = starts[r]; i < last; i++) {
                values[n++] = values[i]; // n ≤ i: moving down never overwrites what is still to be read
            }
        }
        Arrays.sort(values, 0, n);
        values[n] = Double.POSITIVE_INFINITY;
        starts[0] = 0;
        runs = 1;
        used = n + 1;
    }

    /** Index of run r's end marker. */
    private int end(int r) {
        return (r + 1 < runs ? starts[r + 1] : used) - 1;
    }

    int runCount() {
        return runs;
    }

    int siteCount() {
        return sites;
    }

    /** Index in {@link #values} of run r's first start. */
    int start(int r) {
        return starts[r];
    }

    /** The runs back to back, each followed by +inf. Read-only for callers. */
    double[] values() {
        return values;
    }

    private void ensure(int more) {
        if (used + more > values.length) {
            values = Arrays.copyOf(values, Math.max(used + more, 2 * values.length));
        }
        if (runs == starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
    }
}

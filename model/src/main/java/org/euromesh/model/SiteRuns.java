package org.euromesh.model;

import java.util.Arrays;

/**
 * The medium sites' training starts of one path (site j of a region starts at energised + j·ramp +
 * commission), added region by region and then sorted into one ascending array for
 * {@link FederationTimeline#build}, which walks it as the timeline's site events. Mutable scratch,
 * reused path after path by one evaluator; it allocates only when a path has more sites than any
 * before.
 *
 * <p>Why a bucket sort: the timeline used to merge the regions' runs with a 7-way select per site,
 * each step waiting on the previous one (the select chain, then the cursor and head arrays written
 * and read back); and the runs interleave (17 of the 24 neighbours in the merged order of a
 * baseline path come from different regions, on average), so a branchy merge would mispredict
 * instead. Here each start is dropped into one of ≈ 2 buckets per site spread
 * evenly over [min, max] (a counting sort: independent work per site, no data-dependent branch),
 * and one insertion sort over the result puts the few starts that shared a bucket in order. The
 * bucket of v, floor((v − min)·scale), never decreases with v (IEEE subtraction and multiplication
 * round monotonically), so the buckets are already in order and the insertion sort is the only
 * step that decides the final order: the result is the sorted array whatever the bucket function,
 * which affects speed only (a degenerate span — all starts equal, or an infinite one — puts them
 * all in bucket 0 and leaves the insertion sort the whole job). A NaN start (invalid inputs) takes
 * {@link Arrays#sort}, which puts it last. Measured on the baseline (`ModelBenchmark.evaluate`,
 * CPU time): 1,128 → 1,088 ns per sample, sort included.
 */
final class SiteRuns {

    /** Buckets per site: ≈ 2 keeps shared buckets (the insertion sort's work) rare at a small count pass. */
    private static final int BUCKETS_PER_SITE = 2;

    /** The starts in the order added. */
    private double[] values = new double[32];
    /** Each start's bucket, in the order added. */
    private int[] bucketOf = new int[32];
    /** Per bucket the number of starts, then (prefix sums) the next free slot of that bucket. */
    private int[] bucketNext = new int[BUCKETS_PER_SITE * 32 + 1];
    /** The starts ascending, then +inf as the end marker; valid after {@link #sort}. */
    private double[] sorted = new double[33];
    private int sites;
    private double min;
    private double max;
    private boolean hasNaN;

    /** Forgets the previous path's starts. */
    void clear() {
        sites = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        hasNaN = false;
    }

    /**
     * Appends a region's {@code count} sites, the j-th starting at
     * {@code energised + j·ramp + commission} (any values: {@link #sort} needs no ascending run).
     */
    void addRun(double energised, int count, double ramp, double commission) {
        ensure(sites + count);
        double lo = min;
        double hi = max;
        boolean nan = hasNaN;
        int n = sites;
        for (int j = 0; j < count; j++) {
            double v = energised + j * ramp + commission;
            values[n++] = v;
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
            nan |= v != v;
        }
        sites = n;
        min = lo;
        max = hi;
        hasNaN = nan;
    }

    /**
     * Sorts every start added since {@link #clear} into {@link #sorted}: ascending, NaN last (after
     * +inf), followed by +inf. Returns that array (read-only for callers; entries past
     * {@link #siteCount()} + 1 are stale).
     */
    double[] sort() {
        int n = sites;
        if (hasNaN || n < 2) {
            System.arraycopy(values, 0, sorted, 0, n);
            Arrays.sort(sorted, 0, n);
        } else {
            bucketSort(n);
        }
        sorted[n] = Double.POSITIVE_INFINITY;
        return sorted;
    }

    /** The counting sort into buckets, then the insertion sort (see the class comment); n ≥ 2, no NaN. */
    private void bucketSort(int n) {
        int buckets = BUCKETS_PER_SITE * n;
        // 0·inf (all starts equal) and x·0 (an infinite span) are NaN or 0: bucket 0, still correct.
        double scale = buckets / (max - min);
        double lo = min;
        int[] next = bucketNext;
        Arrays.fill(next, 0, buckets + 1, 0);
        for (int i = 0; i < n; i++) {
            // (int) of NaN is 0 and of +inf is MAX_VALUE: clamped into [0, buckets).
            int b = Math.min(buckets - 1, Math.max(0, (int) ((values[i] - lo) * scale)));
            bucketOf[i] = b;
            next[b + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            next[b + 1] += next[b];
        }
        double[] out = sorted;
        for (int i = 0; i < n; i++) {
            out[next[bucketOf[i]]++] = values[i];
        }
        // Only starts that shared a bucket can be out of order; most steps test once and move nothing.
        InsertionSort.sort(out, n);
    }

    int siteCount() {
        return sites;
    }

    private void ensure(int total) {
        if (total > values.length) {
            int len = Math.max(total, 2 * values.length);
            values = Arrays.copyOf(values, len);
            bucketOf = new int[len];
            bucketNext = new int[BUCKETS_PER_SITE * len + 1];
            sorted = new double[len + 1];
        }
    }
}

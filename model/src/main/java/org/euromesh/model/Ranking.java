package org.euromesh.model;

/** Ranks of a few values, ties sharing their average rank; allocation-free (caller's arrays). */
final class Ranking {

    /** Largest n ranked by the sorting network; larger n (and the rare misfits) take the counting loop. */
    static final int SMALL = 8;

    private Ranking() {
    }

    /**
     * Writes into {@code ranks[i]} the 1-based rank of {@code values[i]} among {@code values[0..n)},
     * smallest first; tied values share the mean of the ranks they span. Comparisons are Java's
     * {@code <} and {@code ==}: {@code -0.0} ties with {@code 0.0}, an infinity ties with itself, and
     * a NaN is neither below nor equal to anything (itself included), so a NaN gets rank 0.5 and the
     * other values are ranked as if it were absent. Writes {@code ranks[0..n)} only.
     *
     * <p>For n ≤ {@value #SMALL} a branch-free sorting network; for larger n, or a NaN, or two
     * distinct values within 16 ulps of each other, O(n²) counting. Both give the same doubles bit for
     * bit (every rank is a small half-integer, exact).
     */
    static void rankAscending(double[] values, int n, double[] ranks) {
        if (n > SMALL || !tryRankSmall(values, n, ranks)) {
            rankByCounting(values, n, ranks);
        }
    }

    /**
     * The sorted-order path for n ≤ {@value #SMALL}: sorts (key, index) pairs packed in one long
     * each through a sorting network, then reads the ties off the sorted values. Returns false, having
     * written nothing, when it cannot rank exactly (a NaN, or two distinct values sharing a key
     * bucket whose order the network did not see), leaving it to {@link #rankByCounting}.
     * Package-private for the test.
     */
    static boolean tryRankSmall(double[] values, int n, double[] ranks) {
        // Keys of the n values; the empty slots sort after every real key (see pack).
        long p0 = n > 0 ? pack(values[0], 0) : Long.MAX_VALUE;
        long p1 = n > 1 ? pack(values[1], 1) : Long.MAX_VALUE;
        long p2 = n > 2 ? pack(values[2], 2) : Long.MAX_VALUE;
        long p3 = n > 3 ? pack(values[3], 3) : Long.MAX_VALUE;
        long p4 = n > 4 ? pack(values[4], 4) : Long.MAX_VALUE;
        long p5 = n > 5 ? pack(values[5], 5) : Long.MAX_VALUE;
        long p6 = n > 6 ? pack(values[6], 6) : Long.MAX_VALUE;
        long p7 = n > 7 ? pack(values[7], 7) : Long.MAX_VALUE;
        // A 19-comparator, depth-6 sorting network for 8 keys. Each exchange puts min(pa, pb) in pa
        // and the max in pb by arithmetic, s = pb − pa if pb < pa else 0 (d's sign spread as a
        // mask), not by selects: C2 compiled the selects of an earlier version into branches, which
        // mispredict on unsorted input (measured: 50 ns per ranking of 7 random values, 22 ns on
        // sorted ones). Every key is in [0, 2^63) (see pack), so d never overflows.
        { final long d = p2 - p0, s = d & (d >> 63); p0 += s; p2 -= s; }
        { final long d = p3 - p1, s = d & (d >> 63); p1 += s; p3 -= s; }
        { final long d = p6 - p4, s = d & (d >> 63); p4 += s; p6 -= s; }
        { final long d = p7 - p5, s = d & (d >> 63); p5 += s; p7 -= s; }
        { final long d = p4 - p0, s = d & (d >> 63); p0 += s; p4 -= s; }
        { final long d = p5 - p1, s = d & (d >> 63); p1 += s; p5 -= s; }
        { final long d = p6 - p2, s = d & (d >> 63); p2 += s; p6 -= s; }
        { final long d = p7 - p3, s = d & (d >> 63); p3 += s; p7 -= s; }
        { final long d = p1 - p0, s = d & (d >> 63); p0 += s; p1 -= s; }
        { final long d = p3 - p2, s = d & (d >> 63); p2 += s; p3 -= s; }
        { final long d = p5 - p4, s = d & (d >> 63); p4 += s; p5 -= s; }
        { final long d = p7 - p6, s = d & (d >> 63); p6 += s; p7 -= s; }
        { final long d = p4 - p2, s = d & (d >> 63); p2 += s; p4 -= s; }
        { final long d = p5 - p3, s = d & (d >> 63); p3 += s; p5 -= s; }
        { final long d = p4 - p1, s = d & (d >> 63); p1 += s; p4 -= s; }
        { final long d = p6 - p3, s = d & (d >> 63); p3 += s; p6 -= s; }
        { final long d = p2 - p1, s = d & (d >> 63); p1 += s; p2 -= s; }
        { final long d = p4 - p3, s = d & (d >> 63); p3 += s; p4 -= s; }
        { final long d = p6 - p5, s = d & (d >> 63); p5 += s; p6 -= s; }
        // Sorted order: index and value of the k-th smallest (NaN in the empty slots, never read).
        final int i0 = (int) p0 & 7;
        final double w0 = n > 0 ? values[i0] : Double.NaN;
        final int i1 = (int) p1 & 7;
        final double w1 = n > 1 ? values[i1] : Double.NaN;
        final int i2 = (int) p2 & 7;
        final double w2 = n > 2 ? values[i2] : Double.NaN;
        final int i3 = (int) p3 & 7;
        final double w3 = n > 3 ? values[i3] : Double.NaN;
        final int i4 = (int) p4 & 7;
        final double w4 = n > 4 ? values[i4] : Double.NaN;
        final int i5 = (int) p5 & 7;
        final double w5 = n > 5 ? values[i5] : Double.NaN;
        final int i6 = (int) p6 & 7;
        final double w6 = n > 6 ? values[i6] : Double.NaN;
        final int i7 = (int) p7 & 7;
        final double w7 = n > 7 ? values[i7] : Double.NaN;
        // The keys order values only to a bucket of 16 ulps: check the order on the values themselves.
        // A NaN fails every <= (and, alone, the first test), so it also goes to the counting loop.
        if ((n > 0 & w0 != w0)
                | (n > 1 & !(w0 <= w1))
                | (n > 2 & !(w1 <= w2))
                | (n > 3 & !(w2 <= w3))
                | (n > 4 & !(w3 <= w4))
                | (n > 5 & !(w4 <= w5))
                | (n > 6 & !(w5 <= w6))
                | (n > 7 & !(w6 <= w7))) {
            return false;
        }
        // Non-decreasing and no NaN: w[k-1] < w[k] or they are equal. Each run of equal values
        // spans sorted positions s..e; each of its members gets the rank (s + e + 2) / 2.
        final int s0 = 0;
        final int s1 = w0 < w1 ? 1 : s0;
        final int s2 = w1 < w2 ? 2 : s1;
        final int s3 = w2 < w3 ? 3 : s2;
        final int s4 = w3 < w4 ? 4 : s3;
        final int s5 = w4 < w5 ? 5 : s4;
        final int s6 = w5 < w6 ? 6 : s5;
        final int s7 = w6 < w7 ? 7 : s6;
        final int e7 = 7;
        final int e6 = n <= 7 | w6 < w7 ? 6 : e7;
        final int e5 = n <= 6 | w5 < w6 ? 5 : e6;
        final int e4 = n <= 5 | w4 < w5 ? 4 : e5;
        final int e3 = n <= 4 | w3 < w4 ? 3 : e4;
        final int e2 = n <= 3 | w2 < w3 ? 2 : e3;
        final int e1 = n <= 2 | w1 < w2 ? 1 : e2;
        final int e0 = n <= 1 | w0 < w1 ? 0 : e1;
        if (n > 0) {
            ranks[i0] = (s0 + e0 + 2) * 0.5;
        }
        if (n > 1) {
            ranks[i1] = (s1 + e1 + 2) * 0.5;
        }
        if (n > 2) {
            ranks[i2] = (s2 + e2 + 2) * 0.5;
        }
        if (n > 3) {
            ranks[i3] = (s3 + e3 + 2) * 0.5;
        }
        if (n > 4) {
            ranks[i4] = (s4 + e4 + 2) * 0.5;
        }
        if (n > 5) {
            ranks[i5] = (s5 + e5 + 2) * 0.5;
        }
        if (n > 6) {
            ranks[i6] = (s6 + e6 + 2) * 0.5;
        }
        if (n > 7) {
            ranks[i7] = (s7 + e7 + 2) * 0.5;
        }
        return true;
    }

    /**
     * A key in [0, 2^63) whose order is the doubles' order ({@code -0.0} just below {@code 0.0},
     * negative NaNs first, positive NaNs last) to a bucket of 16 ulps, its 3 lowest bits replaced by
     * the index {@code i < 8}: values in one bucket then sort by index, which the caller checks.
     * The bits are made signed-ordered (negative values' magnitude bits flipped), then
     * unsigned-ordered (sign bit flipped), then halved, so that a difference of two keys cannot
     * overflow. A positive NaN's key is at most {@code 0x7fff_ffff_ffff_fff8 | i}, below the empty
     * slots' {@link Long#MAX_VALUE} whenever an empty slot exists (then {@code i ≤ 6}).
     */
    private static long pack(double v, int i) {
        final long bits = Double.doubleToRawLongBits(v);
        final long unsignedOrder = (bits ^ ((bits >> 63) >>> 1)) ^ Long.MIN_VALUE;
        return ((unsignedOrder >>> 1) & ~7L) | i;
    }

    /**
     * {@link #rankAscending} of n values that are each 0 or 1, given as {@code one[i]} (value i is 1):
     * with z zeros, every 0 shares ranks 1..z, mean (z + 1)/2, and every 1 ranks z+1..n, mean
     * (z + n + 1)/2. The same half-integers, bit for bit, as counting, in two passes of n.
     */
    static void rankZerosAndOnes(boolean[] one, int n, double[] ranks) {
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            zeros += one[i] ? 0 : 1;
        }
        double zeroRank = (zeros + 1) * 0.5;
        double oneRank = (zeros + n + 1) * 0.5;
        for (int i = 0; i < n; i++) {
            ranks[i] = one[i] ? oneRank : zeroRank;
        }
    }

    /** Any n: for each value, count the values below it and equal to it (itself included). */
    static void rankByCounting(double[] values, int n, double[] ranks) {
        // Branch-free counting (the comparisons are data-dependent coin flips: branches would
        // mispredict about half the time). Same counts, same ranks as the branchy form.
        for (int i = 0; i < n; i++) {
            final double v = values[i];
            int below = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                final double w = values[j];
                below += w < v ? 1 : 0;
                equal += w == v ? 1 : 0;
            }
            ranks[i] = below + (equal + 1) * 0.5;
        }
    }
}

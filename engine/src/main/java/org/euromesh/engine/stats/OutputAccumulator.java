package org.euromesh.engine.stats;

import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;

/**
 * Streaming, mergeable summary of one output: counts, {@link Moments}, fixed-resolution histogram.
 * Memory is fixed by the spec's bin count, whatever the number of values.
 *
 * <p>What each kind counts:
 * <ul>
 * <li>TIME: a value that is NaN, +∞ or above {@code hi} (the horizon) is <em>censored</em>
 *     (counted, and as the histogram's overflow, never dropped); others enter the moments and bins
 *     (below {@code lo}: underflow). Moments are therefore conditional on the event by the horizon.</li>
 * <li>INDICATOR: NaN is invalid; a value &gt; 0.5 is a success; moments over the valid values.</li>
 * <li>VALUE: NaN is invalid; ±∞ go to under/overflow only; finite values enter the moments and
 *     the bins (or under/overflow outside [lo, hi]).</li>
 * </ul>
 *
 * <p>All counts and the histogram are integers: merging them commutes, so the sampler may sum
 * them per worker. The moments are floating point: the sampler merges them in block order
 * (see {@link #moments()}). Mutable; not thread-safe.
 */
public final class OutputAccumulator {

    private static final int TIME = 0;
    private static final int INDICATOR = 1;
    private static final int VALUE = 2;

    private final OutputSpec spec;
    private final int kind;
    private final boolean log;
    private final double lo;
    private final double hi;
    private final double origin;
    private final double scale;
    private final int bins;
    /**
     * Bin counts as ints: half the cache footprint of longs (a worker's 91 histograms are about
     * 1.8 MB as ints, 3.7 MB as longs, against a 2 MB L2 per core; see BENCHMARKS.md). No bin can
     * overflow: before a call could take the values binned since the last widening past
     * {@link Integer#MAX_VALUE}, the ints are added to {@link #wide} and zeroed.
     */
    private final int[] counts;
    /** Counts widened out of {@link #counts}; null until the first widening (2^31 values). */
    private long[] wide;
    /** Values binned into {@link #counts} since it was last widened: a bound on every bin. */
    private long binnedSinceWiden;
    /** Widen before more than this many values since the last widening: {@link Integer#MAX_VALUE}, less in tests. */
    private final long widenLimit;
    /** Log bins only: left edges exp(ln lo + i/scale), i = 0..bins (last = +inf); null otherwise. */
    private final double[] edges;
    /** Log bins: how far, in bins, logBin's fast ln can be from the true position (see there). */
    private final double binSlack;
    /** Pending values are folded into the moments at least this often (bounds n·ε above). */
    private static final long MAX_PENDING = 1L << 16;

    private final Moments moments = new Moments();
    /** {@link #addAll}'s scratch: the values of one column that enter the moments and bins. */
    private double[] kept = new double[0];
    /** {@link #binLog}'s scratch: each kept value's bin from the fast ln, or −1 where it must be checked. */
    private int[] candidate = new int[0];
    /** {@link #add}'s column of one. */
    private final double[] single = new double[1];
    // Pending values not yet in `moments`, as shifted sums (see accumulateAll): count, shift K, Σ(x−K), Σ(x−K)².
    private long pn;
    private double shift;
    private double s1;
    private double s2;
    private double pmin = Double.POSITIVE_INFINITY;
    private double pmax = Double.NEGATIVE_INFINITY;
    private long total;
    private long censored;
    private long invalid;
    private long successes;
    private long underflow;
    private long overflow;

    public OutputAccumulator(OutputSpec spec) {
        this(spec, Integer.MAX_VALUE);
    }

    /** An accumulator that widens its int bins every {@code widenLimit} values (tests: small limits). */
    OutputAccumulator(OutputSpec spec, long widenLimit) {
        if (widenLimit < 1 || widenLimit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("widen limit must be in [1, 2^31 - 1], got " + widenLimit);
        }
        this.widenLimit = widenLimit;
        this.spec = spec;
        this.kind = spec.kind() == OutputKind.TIME ? TIME : spec.kind() == OutputKind.INDICATOR ? INDICATOR : VALUE;
        this.log = spec.log();
        this.lo = spec.lo();
        this.hi = spec.hi();
        this.bins = spec.bins();
        this.origin = log ? Math.log(lo) : lo;
        this.scale = bins / (log ? Math.log(hi) - Math.log(lo) : hi - lo);
        this.counts = new int[bins];
        // Exact log-bin edges for logBin: needs bins wider than the fast log's error (1e-6 in ln).
        double width = log ? (Math.log(hi) - Math.log(lo)) / bins : 0;
        if (log && width > 1e-5) {
            edges = new double[bins + 1];
            for (int i = 0; i < bins; i++) {
                // the same expression Histogram.edge uses
                edges[i] = Math.exp(Math.log(lo) + ((double) i / bins) * (Math.log(hi) - Math.log(lo)));
            }
            edges[0] = lo;
            edges[bins] = Double.POSITIVE_INFINITY; // values above hi are handled by bin()
        } else {
            edges = null;
        }
        binSlack = 1e-6 * scale;
    }

    public OutputSpec spec() {
        return spec;
    }

    /** Adds one value: {@link #addAll} of a column of one. Allocation-free. */
    public void add(double v) {
        single[0] = v;
        addAll(single, 1);
    }

    /**
     * Adds {@code values[0..n)} in order, one loop per kind with the running sums in locals. The
     * sampler hands each output a column of a few hundred values at a time, so the kind is decided
     * once per column rather than once per value, and one output's histogram stays in cache while
     * it is filled. The result, bit for bit, does not depend on how values are split into calls.
     */
    public void addAll(double[] values, int n) {
        if (n < 0 || n > values.length) {
            throw new IndexOutOfBoundsException("n = " + n + " of " + values.length);
        }
        total += n;
        if (binnedSinceWiden + n > widenLimit) {
            widen();
            if (n > widenLimit) {
                // only with a test's small limit: no int bin can overflow from one column of an int n
                throw new IllegalArgumentException("a column of " + n + " values exceeds the widen limit " + widenLimit);
            }
        }
        binnedSinceWiden += n;
        if (kept.length < n) {
            kept = new double[Math.max(n, 2 * kept.length)];
            candidate = new int[kept.length];
        }
        int m;
        switch (kind) {
            case TIME:
                m = keepTimes(values, n);
                break;
            case INDICATOR:
                if (addZerosAndOnes(values, n)) {
                    return;
                }
                m = keepIndicators(values, n);
                break;
            default:
                m = keepValues(values, n);
                break;
        }
        accumulateAll(kept, m);
        if (log) {
            binLog(kept, m);
        } else {
            binLinear(kept, m);
        }
    }

    /** TIME: copies the values by the horizon into {@link #kept}, counts the rest as censored. */
    private int keepTimes(double[] values, int n) {
        double[] k = kept;
        int m = 0;
        for (int j = 0; j < n; j++) {
            double v = values[j];
            k[m] = v;
            m += v <= hi ? 1 : 0;
        }
        censored += n - m;
        overflow += n - m;
        return m;
    }

    /**
     * INDICATOR fast path, when every value is exactly 0.0, 1.0 or NaN (what models write; NaN is
     * invalid, as in {@link #keepIndicators}: "federation first, if the method works" is NaN where
     * the method failed) and no flush falls inside the column: the moments' shifted sums of the
     * 0/1 values are then sums of small integers, exact in floating point whatever the order, so
     * they are computed from the counts of ones and zeros, bit for bit as value-by-value
     * accumulation would. Returns false, having changed nothing, otherwise.
     */
    private boolean addZerosAndOnes(double[] values, int n) {
        if (n == 0 || pn + n > MAX_PENDING
                || pn > 0 && !(isZeroOrOne(shift) && s1 == Math.rint(s1) && s2 == Math.rint(s2))) {
            return false; // a flush inside, or earlier values that were not all 0/1
        }
        int ones = 0;
        int zeros = 0;
        for (int j = 0; j < n; j++) {
            long bits = Double.doubleToRawLongBits(values[j]);
            ones += bits == ONE_BITS ? 1 : 0;
            zeros += bits == 0L ? 1 : 0;
        }
        if (ones + zeros < n) {
            // a second look only for a column with other values: are they all NaN (invalid)?
            int nans = 0;
            for (int j = 0; j < n; j++) {
                double v = values[j];
                nans += v != v ? 1 : 0;
            }
            if (ones + zeros + nans != n) {
                return false;
            }
            invalid += nans;
            if (ones + zeros == 0) {
                return true; // all invalid: nothing for the moments or the bins
            }
        }
        if (pn == 0) {
            // the shift is the first value the moments see: the column's first 0/1
            int first = 0;
            while (values[first] != values[first]) {
                first++;
            }
            shift = values[first];
        }
        // y = x − shift is 1 − shift for a one and −shift for a zero
        s1 += ones * (1.0 - shift) + zeros * (0.0 - shift);
        s2 += ones * ((1.0 - shift) * (1.0 - shift)) + zeros * (shift * shift);
        pn += ones + zeros;
        if (zeros > 0 && 0.0 < pmin) {
            pmin = 0.0;
        }
        if (ones > 0 && 1.0 < pmin) {
            pmin = 1.0;
        }
        if (ones > 0 && 1.0 > pmax) {
            pmax = 1.0;
        }
        if (zeros > 0 && 0.0 > pmax) {
            pmax = 0.0;
        }
        successes += ones;
        bin(0.0, zeros);
        bin(1.0, ones);
        return true;
    }

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    private static boolean isZeroOrOne(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits == 0L || bits == ONE_BITS;
    }

    /** INDICATOR: copies the non-NaN values into {@link #kept}, counting successes (&gt; 0.5). */
    private int keepIndicators(double[] values, int n) {
        double[] k = kept;
        int m = 0;
        long ok = 0;
        for (int j = 0; j < n; j++) {
            double v = values[j];
            k[m] = v;
            m += v == v ? 1 : 0;
            ok += v > 0.5 ? 1 : 0;
        }
        successes += ok;
        invalid += n - m;
        return m;
    }

    /** VALUE: copies the finite values into {@link #kept}; NaN is invalid, ±∞ under/overflow. */
    private int keepValues(double[] values, int n) {
        double[] k = kept;
        int m = 0;
        for (int j = 0; j < n; j++) {
            // no branch: copy every value, keep it (advance m) when finite (v − v is 0 only then)
            double v = values[j];
            k[m] = v;
            m += v - v == 0.0 ? 1 : 0;
        }
        if (m < n) {
            // a second look only for a column with NaNs or infinities (counting them in the loop
            // above doubles its cost)
            int nan = 0;
            int up = 0;
            for (int j = 0; j < n; j++) {
                double v = values[j];
                nan += v != v ? 1 : 0;
                up += v == Double.POSITIVE_INFINITY ? 1 : 0;
            }
            invalid += nan;
            overflow += up;
            underflow += n - m - nan - up;
        }
        return m;
    }

    /**
     * Adds {@code v[0..m)} to the pending shifted sums (running sums in locals): no division per value (Welford's update needs one), and
     * no loop-carried dependency longer than one add. {@link #moments()} folds them into the
     * moments (Chan's merge) whenever the moments are read; the sampler reads them once per block,
     * so the pending set is one block's values, and never more than 65,536 values.
     *
     * <p><b>Numerical safety.</b> The shift K is the first pending value. With y = x − K,
     * M2 = Σy² − (Σy)²/n. Summing n terms in floating point errs by at most about n·ε·Σy²
     * (ε = 2^-53), so the relative error of M2 is about n·ε·(1 + (x̄ − K)²/s²) where s² is the
     * variance: the catastrophic cancellation of the textbook formula Σx² − (Σx)²/n comes from the
     * (x̄ − K)² term with K = 0, and shifting by a value of the same sample makes it O(1) (it
     * exceeds 100 only if the first value is more than 10 standard deviations out). With
     * n = 65,536 that is ~10^-11 relative, far below any Monte Carlo error; blocks are then merged
     * with Chan's formula in block order, as before, so results stay independent of thread count.
     */
    private void accumulateAll(double[] v, int m) {
        int j = 0;
        while (j < m) {
            if (pn == MAX_PENDING) {
                flush();
            }
            if (pn == 0) {
                shift = v[j];
            }
            int stop = (int) Math.min(m, j + (MAX_PENDING - pn));
            double k = shift;
            double a1 = s1;
            double a2 = s2;
            double lo1 = pmin;
            double hi1 = pmax;
            for (int i = j; i < stop; i++) {
                double x = v[i];
                double y = x - k;
                a1 += y;
                a2 += y * y;
                lo1 = x < lo1 ? x : lo1;
                hi1 = x > hi1 ? x : hi1;
            }
            pn += stop - j;
            s1 = a1;
            s2 = a2;
            pmin = lo1;
            pmax = hi1;
            j = stop;
        }
    }

    /** Adds the int counts to {@link #wide} and zeroes them, so they can take 2^31 more values. */
    private void widen() {
        if (wide == null) {
            wide = new long[bins];
        }
        for (int i = 0; i < bins; i++) {
            wide[i] += counts[i];
            counts[i] = 0;
        }
        binnedSinceWiden = 0;
    }

    /**
     * {@link #bin} of {@code v[0..m)} for log bins, in two passes: the first computes every
     * value's bin from the fast ln ({@link #logBin}'s first step) without a branch, and marks
     * with −1 the few it cannot decide (near an edge, outside [lo, hi], subnormal); the second
     * counts, sending the marked ones through {@link #logBin}. Measured on the baseline's 21 log
     * outputs: about 5.5 instead of 9.8 ns a value (logBin's branches in the counting loop cost
     * more than its arithmetic). The same bins as {@link #logBin} value by value.
     */
    private void binLog(double[] v, int m) {
        if (edges == null) {
            binLogSlowly(v, 0, m);
            return;
        }
        int[] cand = candidate;
        double o = origin;
        double sc = scale;
        double slack = binSlack;
        double upper = 1.0 - binSlack;
        double low = lo;
        double high = hi;
        int nb = bins;
        for (int j = 0; j < m; j++) {
            // logBin's fast path, its tests folded into one flag
            double x = v[j];
            long bits = Double.doubleToRawLongBits(x);
            int e = (int) (bits >>> 52) - 1023;
            double lnv = fastLn(bits, e);
            double u = (lnv - o) * sc;
            int i = (int) u;
            double fraction = u - i;
            boolean clear = x >= low & x <= high & e >= -1022 & e <= 1023 & i >= 0 & i < nb
                    & fraction > slack & fraction < upper;
            cand[j] = clear ? i : -1;
        }
        int[] c = counts;
        for (int j = 0; j < m; j++) {
            int i = cand[j];
            if (i >= 0) {
                c[i]++;
            } else {
                binLogSlowly(v, j, j + 1);
            }
        }
    }

    /** {@link #bin} of {@code v[from..to)} for log bins, value by value through {@link #logBin}. */
    private void binLogSlowly(double[] v, int from, int to) {
        int[] c = counts;
        int last = bins - 1;
        for (int j = from; j < to; j++) {
            double x = v[j];
            if (!(x >= lo)) {
                underflow++;
                continue;
            }
            int i = logBin(x);
            if (i < bins) {
                c[i]++;
            } else if (x > hi) {
                overflow++;
            } else {
                c[last]++;
            }
        }
    }

    /** {@link #bin} of {@code v[0..m)} for linear bins. */
    private void binLinear(double[] v, int m) {
        int[] c = counts;
        double o = origin;
        double sc = scale;
        int last = bins - 1;
        for (int j = 0; j < m; j++) {
            double x = v[j];
            if (!(x >= lo)) {
                underflow++;
                continue;
            }
            int i = (int) ((x - o) * sc);
            if (i < bins) {
                c[i]++;
            } else if (x > hi) {
                overflow++;
            } else {
                c[last]++;
            }
        }
    }

    private void flush() {
        if (pn == 0) {
            return;
        }
        double n = pn;
        double mean = shift + s1 / n;
        double m2 = Math.max(0.0, s2 - s1 * (s1 / n));
        moments.merge(pn, mean, m2, pmin, pmax);
        pn = 0;
        s1 = 0.0;
        s2 = 0.0;
        pmin = Double.POSITIVE_INFINITY;
        pmax = Double.NEGATIVE_INFINITY;
    }

    private void bin(double v) {
        bin(v, 1);
    }

    /** Counts {@code c} copies of v into the histogram (or its under/overflow). */
    private void bin(double v, long c) {
        if (!(v >= lo)) {
            underflow += c;
            return;
        }
        int i = log ? logBin(v) : (int) ((v - origin) * scale);
        if (i < bins) {
            counts[i] += c;
        } else if (v > hi) {
            overflow += c;
        } else {
            counts[bins - 1] += c;
        }
    }

    /**
     * Bin of a log-binned value v ≥ lo: {@code (int) ((ln v − ln lo)·scale)} without calling
     * Math.log per value. ln v = e·ln 2 + ln m (v = m·2^e, m in [1, 2)); with m_k = m truncated to
     * its top 10 mantissa bits, ln m = ln m_k + ln(1 + t), t = (m − m_k)/m_k in [0, 2^-10), and the
     * first-order term t errs by at most t²/2 &lt; 4.8e-7. So u = (ln v − ln lo)·scale is known to
     * within {@link #binSlack} = 1e-6·scale bins. When u's fraction is farther than that from both
     * edges, (int) u is the bin (the usual case: no edge is read). Otherwise, or when bins are
     * narrower than 1e-5 in ln space (checked at construction, then Math.log is used), the guess
     * is corrected against the exact edges exp(ln lo + i/scale) that {@link Histogram#edge}
     * reports. v in [edge(i), edge(i+1)) lands in bin i.
     */
    private int logBin(double v) {
        if (edges == null) {
            return (int) ((Math.log(v) - origin) * scale);
        }
        if (v > hi) {
            return bins; // overflow (bin() checks)
        }
        long bits = Double.doubleToRawLongBits(v);
        int e = (int) (bits >>> 52) - 1023;
        if (e < -1022 || e > 1023) {
            return (int) ((Math.log(v) - origin) * scale); // subnormal or infinite: not worth a fast path
        }
        double lnv = fastLn(bits, e);
        double u = (lnv - origin) * scale;
        int i = (int) u;
        double fraction = u - i;
        if (i >= 0 && i < bins && fraction > binSlack && fraction < 1.0 - binSlack) {
            return i;
        }
        if (i < 0) {
            i = 0;
        } else if (i >= bins) {
            i = bins - 1;
        }
        if (v < edges[i]) {
            i--;
        } else if (v >= edges[i + 1]) {
            i++;
        }
        return i < 0 ? 0 : i;
    }

    private static final double LN2 = Math.log(2.0);
    /** ln(m_k) and 1/m_k for m_k = 1 + k/1024, interleaved so one lookup reads one cache line. */
    private static final double[] LN_INV_TABLE = new double[2 * 1024];

    static {
        for (int k = 0; k < 1024; k++) {
            double m = 1.0 + k / 1024.0;
            LN_INV_TABLE[2 * k] = Math.log(m);
            LN_INV_TABLE[2 * k + 1] = 1.0 / m;
        }
    }

    /**
     * ln of the normal double whose raw bits are {@code bits} and unbiased exponent {@code e}:
     * e·ln 2 + ln(m_k) + (m − m_k)/m_k, m the mantissa in [1, 2) and m_k its first 10 bits. Only
     * good enough to pick a bin away from its edges (the callers check the fraction and fall back
     * to {@link Math#log} near an edge). One copy for the column loop and the single-value path,
     * so that both bin a value the same way.
     */
    private static double fastLn(long bits, int e) {
        int k = 2 * ((int) (bits >>> 42) & 0x3FF);
        long mantissa = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L;
        double m = Double.longBitsToDouble(mantissa);
        double mk = Double.longBitsToDouble(mantissa & 0xFFFF_FC00_0000_0000L);
        return e * LN2 + LN_INV_TABLE[k] + (m - mk) * LN_INV_TABLE[k + 1];
    }

    /** Longs in {@link #drainIntegersInto}'s layout before the bins: total, censored, invalid, successes, under, over. */
    private static final int INTEGER_HEADER = 6;

    /** Length of the integer state of an output of {@code spec}: its counts and every bin. */
    public static int integerLength(OutputSpec spec) {
        return INTEGER_HEADER + spec.bins();
    }

    /**
     * Adds this accumulator's integer state (counts and histogram) to {@code into}, laid out as
     * {@link #integerLength} longs, and zeroes it here. Integer addition commutes, so which worker
     * or machine ran which values does not change the sum. The moments are left alone.
     */
    public void drainIntegersInto(long[] into) {
        if (into.length != integerLength(spec)) {
            throw new IllegalArgumentException("integer state of '" + spec.name() + "' has " + integerLength(spec)
                    + " longs, got " + into.length);
        }
        into[0] += total;
        into[1] += censored;
        into[2] += invalid;
        into[3] += successes;
        into[4] += underflow;
        into[5] += overflow;
        for (int i = 0; i < bins; i++) {
            into[INTEGER_HEADER + i] += counts[i];
            counts[i] = 0;
        }
        if (wide != null) {
            for (int i = 0; i < bins; i++) {
                into[INTEGER_HEADER + i] += wide[i];
                wide[i] = 0;
            }
        }
        binnedSinceWiden = 0;
        total = 0;
        censored = 0;
        invalid = 0;
        successes = 0;
        underflow = 0;
        overflow = 0;
    }

    /** The summary of an output from its integer state ({@link #drainIntegersInto}'s layout) and its moments. */
    public static OutputSummary summary(OutputSpec spec, long[] integers, Moments moments) {
        if (integers.length != integerLength(spec)) {
            throw new IllegalArgumentException("integer state of '" + spec.name() + "' has " + integerLength(spec)
                    + " longs, got " + integers.length);
        }
        long[] c = java.util.Arrays.copyOfRange(integers, INTEGER_HEADER, integers.length);
        return OutputSummary.of(spec, integers[0], integers[1], integers[2], integers[3], moments,
                new Histogram(spec.lo(), spec.hi(), spec.log(), c, integers[4], integers[5]));
    }

    /**
     * The live moments (not a copy), after folding in the values added since the last call. The
     * sampler snapshots them at the end of each block, resets
     * them, and merges the snapshots in block order.
     */
    public Moments moments() {
        flush();
        return moments;
    }

    /** The bins as longs: the int counts plus what was widened out of them. */
    private long[] binCounts() {
        long[] c = new long[bins];
        for (int i = 0; i < bins; i++) {
            c[i] = counts[i] + (wide == null ? 0 : wide[i]);
        }
        return c;
    }

    public long total() {
        return total;
    }

    public long successes() {
        return successes;
    }

    public long invalid() {
        return invalid;
    }

    public long censored() {
        return censored;
    }

    /** The immutable summary of everything added so far. */
    public OutputSummary summary() {
        return OutputSummary.of(spec, total, censored, invalid, successes, moments(),
                new Histogram(lo, hi, log, binCounts(), underflow, overflow));
    }
}

package org.euromesh.engine.stats;

import org.euromesh.engine.OutputKind;
import org.euromesh.engine.OutputSpec;

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
    private final long[] counts;
    /** Log bins only: left edges exp(ln lo + i/scale), i = 0..bins (last = +inf); null otherwise. */
    private final double[] edges;
    /** Pending values are folded into the moments at least this often (bounds n·ε above). */
    private static final long MAX_PENDING = 1L << 16;

    private final Moments moments = new Moments();
    // Pending values not yet in `moments`, as shifted sums (see add): count, shift K, Σ(x−K), Σ(x−K)².
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
        this.spec = spec;
        this.kind = spec.kind() == OutputKind.TIME ? TIME : spec.kind() == OutputKind.INDICATOR ? INDICATOR : VALUE;
        this.log = spec.log();
        this.lo = spec.lo();
        this.hi = spec.hi();
        this.bins = spec.bins();
        this.origin = log ? Math.log(lo) : lo;
        this.scale = bins / (log ? Math.log(hi) - Math.log(lo) : hi - lo);
        this.counts = new long[bins];
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
    }

    public OutputSpec spec() {
        return spec;
    }

    /** Adds one value. Allocation-free. */
    public void add(double v) {
        total++;
        switch (kind) {
            case TIME:
                if (!(v <= hi)) {
                    censored++;
                    overflow++;
                    return;
                }
                break;
            case INDICATOR:
                if (v != v) {
                    invalid++;
                    return;
                }
                if (v > 0.5) {
                    successes++;
                }
                break;
            default:
                if (v != v) {
                    invalid++;
                    return;
                }
                if (Double.isInfinite(v)) {
                    if (v > 0) {
                        overflow++;
                    } else {
                        underflow++;
                    }
                    return;
                }
                break;
        }
        accumulate(v);
        bin(v);
    }

    /**
     * Adds v to the pending shifted sums: no division per value (Welford's update needs one), and
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
    private void accumulate(double v) {
        if (pn == 0) {
            shift = v;
        } else if (pn == MAX_PENDING) {
            flush();
            shift = v;
        }
        pn++;
        double y = v - shift;
        s1 += y;
        s2 += y * y;
        if (v < pmin) {
            pmin = v;
        }
        if (v > pmax) {
            pmax = v;
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
        if (!(v >= lo)) {
            underflow++;
            return;
        }
        int i = log ? logBin(v) : (int) ((v - origin) * scale);
        if (i < bins) {
            counts[i]++;
        } else if (v > hi) {
            overflow++;
        } else {
            counts[bins - 1]++;
        }
    }

    /**
     * Bin of a log-binned value v ≥ lo: {@code (int) ((ln v − ln lo)·scale)} without calling
     * Math.log per value. ln v = e·ln 2 + ln m (v = m·2^e, m in [1, 2)); ln m comes from a table
     * at the top 10 bits of m plus the first-order term, |error| &lt; 5e-7, so the guess is at most
     * one bin off when bins are wider than 1e-6 in ln space (checked at construction, else Math.log
     * is used); it is then corrected against the exact edges exp(ln lo + i/scale) that
     * {@link Histogram#edge} reports. v in [edge(i), edge(i+1)) lands in bin i.
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
        int k = (int) (bits >>> 42) & 0x3FF;
        double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        double lnv = e * LN2 + LN_TABLE[k] + (m - M_TABLE[k]) * INV_M_TABLE[k];
        int i = (int) ((lnv - origin) * scale);
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
    private static final double[] LN_TABLE = new double[1024];
    private static final double[] M_TABLE = new double[1024];
    private static final double[] INV_M_TABLE = new double[1024];

    static {
        for (int k = 0; k < 1024; k++) {
            double m = 1.0 + k / 1024.0;
            M_TABLE[k] = m;
            INV_M_TABLE[k] = 1.0 / m;
            LN_TABLE[k] = Math.log(m);
        }
    }

    /** Adds everything of {@code o}: counts and histogram, and its moments after this one's. */
    public void merge(OutputAccumulator o) {
        mergeCounts(o);
        moments().merge(o.moments());
    }

    /** Adds {@code o}'s integer state only (counts and histogram): order-free. */
    public void mergeCounts(OutputAccumulator o) {
        if (o.spec != spec && !o.spec.equals(spec)) {
            throw new IllegalArgumentException("cannot merge " + o.spec.name() + " into " + spec.name());
        }
        total += o.total;
        censored += o.censored;
        invalid += o.invalid;
        successes += o.successes;
        underflow += o.underflow;
        overflow += o.overflow;
        for (int i = 0; i < bins; i++) {
            counts[i] += o.counts[i];
        }
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
                new Histogram(lo, hi, log, counts, underflow, overflow));
    }
}

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
    private final Moments moments = new Moments();
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
        moments.add(v);
        bin(v);
    }

    private void bin(double v) {
        if (!(v >= lo)) {
            underflow++;
            return;
        }
        int i = (int) (((log ? Math.log(v) : v) - origin) * scale);
        if (i < bins) {
            counts[i]++;
        } else if (v > hi) {
            overflow++;
        } else {
            counts[bins - 1]++;
        }
    }

    /** Adds everything of {@code o}: counts and histogram, and its moments after this one's. */
    public void merge(OutputAccumulator o) {
        mergeCounts(o);
        moments.merge(o.moments);
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
     * The live moments (not a copy). The sampler snapshots them at the end of each block, resets
     * them, and merges the snapshots in block order.
     */
    public Moments moments() {
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
        return OutputSummary.of(spec, total, censored, invalid, successes, moments,
                new Histogram(lo, hi, log, counts, underflow, overflow));
    }
}

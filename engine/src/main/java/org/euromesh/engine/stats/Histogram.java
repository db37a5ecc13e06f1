package org.euromesh.engine.stats;

import java.util.Arrays;

/**
 * An immutable fixed-resolution histogram: {@code bins} equal bins over [lo, hi] (equal in
 * log space when {@code log}), plus the counts below and above the range. For a TIME output the
 * overflow is the censored mass (after the horizon).
 */
public final class Histogram {

    private final double lo;
    private final double hi;
    private final boolean log;
    private final long[] counts;
    private final long underflow;
    private final long overflow;

    public Histogram(double lo, double hi, boolean log, long[] counts, long underflow, long overflow) {
        if (!(hi > lo) || counts.length == 0 || (log && !(lo > 0))) {
            throw new IllegalArgumentException("bad histogram [" + lo + ", " + hi + "] x " + counts.length);
        }
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.counts = counts.clone();
        this.underflow = underflow;
        this.overflow = overflow;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean log() {
        return log;
    }

    public int bins() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    /** A copy of the bin counts. */
    public long[] counts() {
        return counts.clone();
    }

    public long underflow() {
        return underflow;
    }

    public long overflow() {
        return overflow;
    }

    /** All values counted: underflow + bins + overflow. */
    public long total() {
        long t = underflow + overflow;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /** Left edge of bin {@code i}; {@code edge(bins())} is {@code hi}. */
    public double edge(int i) {
        return position(i, 0.0);
    }

    private double position(int bin, double frac) {
        double t = (bin + frac) / counts.length;
        if (bin + frac >= counts.length) {
            return hi;
        }
        return log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
    }

    /**
     * The value at (continuous) rank {@code r} in [0, total]: the smallest x whose interpolated
     * count of values ≤ x reaches r, counts spread uniformly within each bin. Ranks in the
     * underflow give −∞, in the overflow +∞.
     */
    public double valueAtRank(double r) {
        long c = underflow;
        if (underflow > 0 && r <= c) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int b = 0; b < counts.length; b++) {
            long cnt = counts[b];
            if (cnt > 0 && r <= c + cnt) {
                return position(b, Math.max(0.0, (r - c) / cnt));
            }
            c += cnt;
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Percentile {@code p} with its 95% order-statistic interval: ranks n·p ∓ 1.96·sqrt(n·p·(1−p))
     * (the normal approximation to the binomial count of values below the true quantile), each
     * mapped to a value by {@link #valueAtRank}.
     */
    public PercentileEstimate percentile(double p) {
        return percentileAt(p, this::valueAtRank);
    }

    /**
     * Percentile {@code p} of values that lie on the bin centres (a discrete output): the smallest
     * centre k with F(k) ≥ p, i.e. with at least n·p values ≤ k; its 95% interval maps the ranks
     * n·p ∓ 1.96·sqrt(n·p·(1−p)) the same way (a rank of 0 gives the smallest value present).
     * −∞ / +∞ when the rank falls in the underflow / overflow.
     */
    public PercentileEstimate discretePercentile(double p) {
        return percentileAt(p, this::centreAtRank);
    }

    /** Percentile p and its interval, the ranks n·p and n·p ∓ 1.96·sqrt(n·p·(1−p)) mapped by {@code atRank}. */
    private PercentileEstimate percentileAt(double p, java.util.function.DoubleUnaryOperator atRank) {
        long n = total();
        if (n == 0) {
            return new PercentileEstimate(p, Double.NaN, Double.NaN, Double.NaN);
        }
        double r = n * p;
        double s = ProbabilityEstimate.Z95 * Math.sqrt(n * p * (1.0 - p));
        return new PercentileEstimate(p, atRank.applyAsDouble(r), atRank.applyAsDouble(Math.max(0.0, r - s)),
                atRank.applyAsDouble(Math.min(n, r + s)));
    }

    /** The centre of the first bin whose cumulative count reaches {@code r} (and is > 0). */
    private double centreAtRank(double r) {
        long c = underflow;
        if (underflow > 0 && r <= c) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int b = 0; b < counts.length; b++) {
            c += counts[b];
            if (counts[b] > 0 && r <= c) {
                // lo + (b + ½)·width, not position(): exact for the integer and half-integer grids
                return lo + (b + 0.5) * ((hi - lo) / counts.length);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Double.compare(lo, h.lo) == 0 && Double.compare(hi, h.hi) == 0
                && log == h.log && underflow == h.underflow && overflow == h.overflow && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(underflow * 31 + overflow);
    }

    @Override
    public String toString() {
        return "Histogram[" + lo + ", " + hi + (log ? " log" : "") + " x " + counts.length + ", total " + total() + "]";
    }
}

package org.euromesh.reports.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.stats.Histogram;

/**
 * The engine's fine histogram merged into chart-sized bins (whole fine bins only, so no count is
 * ever split): outputs in years by month (or two or three months when a month is not a whole
 * number of fine bins), everything else to at most {@link #MAX_BINS} bins.
 *
 * @param lo        lower edge of the first bin
 * @param hi        upper edge of the last bin
 * @param log       bins equal in log space
 * @param counts    counts per bin
 * @param underflow values below {@code lo}
 * @param overflow  values above {@code hi}; for a TIME output the censored paths ("after 2049")
 */
public record CoarseHistogram(double lo, double hi, boolean log, List<Long> counts, long underflow, long overflow) {

    /** Bin cap for outputs not measured in years. */
    public static final int MAX_BINS = 200;

    public CoarseHistogram {
        counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
        if (!(hi > lo) || counts.isEmpty()) {
            throw new IllegalArgumentException("bad histogram [" + lo + ", " + hi + "] x " + counts.size());
        }
    }

    static CoarseHistogram of(Histogram h, boolean years) {
        int f = factor(h, years);
        List<Long> merged = new ArrayList<>(h.bins() / f);
        for (int b = 0; b < h.bins(); b += f) {
            long c = 0;
            for (int i = b; i < b + f; i++) {
                c += h.count(i);
            }
            merged.add(c);
        }
        return new CoarseHistogram(h.lo(), h.hi(), h.log(), merged, h.underflow(), h.overflow());
    }

    private static int factor(Histogram h, boolean years) {
        int bins = h.bins();
        if (years && !h.log()) {
            double finePerYear = bins / (h.hi() - h.lo());
            for (int months = 1; months <= 3; months++) {
                double f = finePerYear * months / 12.0;
                long r = Math.round(f);
                if (r >= 1 && Math.abs(f - r) < 1e-9 && bins % r == 0) {
                    return (int) r;
                }
            }
        }
        for (int f = (bins + MAX_BINS - 1) / MAX_BINS; f < bins; f++) {
            if (bins % f == 0) {
                return f;
            }
        }
        return Math.max(1, bins);
    }

    public int bins() {
        return counts.size();
    }

    /** Left edge of bin {@code i}; {@code edge(bins())} is {@code hi}. */
    public double edge(int i) {
        double t = (double) i / counts.size();
        if (i >= counts.size()) {
            return hi;
        }
        return log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
    }

    /** Every value counted: underflow, bins and overflow. */
    public long total() {
        long t = underflow + overflow;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}

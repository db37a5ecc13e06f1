package org.euromesh.model;

/**
 * When the public substrate trains for the federation on one path (docs/MODEL.md §3.2): the
 * windows [start, end) of its allocation. Mobilised: one window from {@code t_coord} on, for as
 * long as needed. Institutional: {@code inst_rounds} calls of {@code d_inst} years, one every
 * {@code inst_period} years from {@code t_inst}. Windows that overlap add their shares (the
 * contract's Σ over rounds). Mutable scratch of one evaluator: set per path, never shared; it
 * allocates only when a path has more rounds than any before.
 */
final class PublicWindows {

    private double[] start = new double[4];
    private double[] end = new double[4];
    private int count;

    /** No public substrate (the medium-sites-only framing). */
    void none() {
        count = 0;
    }

    /** From {@code tCoord} on, indefinitely (a NaN start never opens). */
    void mobilised(double tCoord) {
        start[0] = tCoord;
        end[0] = Double.POSITIVE_INFINITY;
        count = 1;
    }

    /**
     * {@code floor(rounds)} windows (at least one) of {@code duration} years, the j-th opening at
     * {@code first + j·period}.
     */
    void institutional(double first, double duration, double period, double rounds) {
        int n = rounds >= 1 ? (int) Math.min(rounds, 1_000) : 1;
        if (start.length < n) {
            start = new double[n];
            end = new double[n];
        }
        for (int j = 0; j < n; j++) {
            start[j] = first + j * period;
            end[j] = start[j] + duration;
        }
        count = n;
    }

    int count() {
        return count;
    }

    double start(int i) {
        return start[i];
    }

    double end(int i) {
        return end[i];
    }

    /** How many windows are open at {@code t}: the multiple of the share in force. */
    int openAt(double t) {
        int open = 0;
        for (int i = 0; i < count; i++) {
            open += start[i] <= t && t < end[i] ? 1 : 0;
        }
        return open;
    }
}

package org.euromesh.engine.analysis;

import java.util.Arrays;

/**
 * The regression columns of one group of inputs: an intercept; for every input, a linear spline
 * (the input and its hinges {@code (t − κ)+} at interior knots placed at empirical quantiles); and,
 * for small groups, the pairwise products of the inputs (so that the fit sees interactions such
 * as a product of two efficiencies). Inputs are standardised, {@code t = (x − median)/IQR}, to keep
 * the normal equations well conditioned whatever the unit. Immutable; {@link #fill} allocates nothing.
 */
final class SplineBasis {

    /** Groups of at most this many inputs also get their pairwise products. */
    static final int PAIR_LIMIT = 8;
    /** Interior knots per input in a small group, a large one, and beyond {@link #SPLINE_LIMIT} inputs. */
    static final int KNOTS_SMALL = 5;
    static final int KNOTS_LARGE = 3;
    /** Groups of more inputs than this are fitted linearly (the normal equations grow as p²). */
    static final int SPLINE_LIMIT = 16;

    private final double[][] cols;
    private final double[] centre;
    private final double[] scale;
    private final double[][] knots;
    private final boolean pairs;
    private final int p;

    private SplineBasis(double[][] cols, double[] centre, double[] scale, double[][] knots, boolean pairs) {
        this.cols = cols;
        this.centre = centre;
        this.scale = scale;
        this.knots = knots;
        this.pairs = pairs;
        int c = 1;
        for (double[] k : knots) {
            c += 1 + k.length;
        }
        if (pairs) {
            c += cols.length * (cols.length - 1) / 2;
        }
        this.p = c;
    }

    /** The basis of the columns {@code cols[i][j]} (input i, path j; not copied). */
    static SplineBasis of(double[][] cols) {
        int g = cols.length;
        int nk = g <= PAIR_LIMIT ? KNOTS_SMALL : g <= SPLINE_LIMIT ? KNOTS_LARGE : 0;
        double[] centre = new double[g];
        double[] scale = new double[g];
        double[][] knots = new double[g][];
        for (int i = 0; i < g; i++) {
            double[] sorted = cols[i].clone();
            Arrays.sort(sorted);
            centre[i] = quantile(sorted, 0.5);
            double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
            double range = sorted[sorted.length - 1] - sorted[0];
            scale[i] = iqr > 0 ? iqr : range > 0 ? range : 1.0;
            double[] k = new double[nk];
            int distinct = 0;
            for (int q = 1; q <= nk; q++) {
                double v = (quantile(sorted, (double) q / (nk + 1)) - centre[i]) / scale[i];
                // A knot at or below the previous one (ties in a discrete input) adds a copy of a column.
                if (distinct == 0 || v > k[distinct - 1]) {
                    k[distinct++] = v;
                }
            }
            knots[i] = Arrays.copyOf(k, distinct);
        }
        return new SplineBasis(cols, centre, scale, knots, g <= PAIR_LIMIT && g > 1);
    }

    /** Number of columns, intercept included. */
    int columns() {
        return p;
    }

    /** Writes the basis row of path {@code j} into {@code row} (length {@link #columns()}). */
    void fill(int j, double[] row) {
        int c = 0;
        row[c++] = 1.0;
        int g = cols.length;
        int firstLinear = 1;
        for (int i = 0; i < g; i++) {
            double t = (cols[i][j] - centre[i]) / scale[i];
            row[c++] = t;
            for (double k : knots[i]) {
                row[c++] = t > k ? t - k : 0.0;
            }
        }
        if (pairs) {
            int li = firstLinear;
            for (int a = 0; a < g; a++) {
                int lb = li + 1 + knots[a].length;
                for (int b = a + 1; b < g; b++) {
                    row[c++] = row[li] * row[lb];
                    lb += 1 + knots[b].length;
                }
                li += 1 + knots[a].length;
            }
        }
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

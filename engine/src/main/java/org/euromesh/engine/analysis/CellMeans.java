package org.euromesh.engine.analysis;

import java.util.Arrays;

/**
 * A non-parametric regression of D on a small group of inputs: the input space is cut into
 * cells by empirical quantiles of each input (about {@link #PATHS_PER_CELL} paths a cell, at
 * most {@link #MAX_BINS} bins an input), and g(x) is estimated by the mean of D in x's cell. It
 * follows a jump (a method that fails below a threshold, a regime switch) that a smooth spline
 * blurs; the price is noise in each cell mean, which matters only for cells whose mean is near 0.
 * Per-block cell sums make every bootstrap replicate a pass over the cells, not the paths.
 */
final class CellMeans {

    /** Groups of at most this many inputs are offered cell means. */
    static final int MAX_INPUTS = 3;
    static final int PATHS_PER_CELL = 200;
    static final int MAX_BINS = 50;

    private final int[] cell;
    private final int cells;

    private CellMeans(int[] cell, int cells) {
        this.cell = cell;
        this.cells = cells;
    }

    static CellMeans of(double[][] cols) {
        int n = cols[0].length;
        int g = cols.length;
        int bins = (int) Math.max(2, Math.min(MAX_BINS, Math.round(Math.pow((double) n / PATHS_PER_CELL, 1.0 / g))));
        int[] cell = new int[n];
        int stride = 1;
        for (double[] col : cols) {
            double[] sorted = col.clone();
            Arrays.sort(sorted);
            double[] edges = new double[bins - 1];
            for (int k = 1; k < bins; k++) {
                edges[k - 1] = sorted[(int) ((long) k * (n - 1) / bins)];
            }
            for (int j = 0; j < n; j++) {
                // Bin = number of edges below the value (ties of a discrete input share a bin).
                int pos = Arrays.binarySearch(edges, col[j]);
                int bin = pos >= 0 ? lowestIndexOf(edges, pos) : -pos - 1;
                cell[j] += bin * stride;
            }
            stride *= bins;
        }
        return new CellMeans(cell, stride);
    }

    private static int lowestIndexOf(double[] a, int pos) {
        while (pos > 0 && a[pos - 1] == a[pos]) {
            pos--;
        }
        return pos;
    }

    int cells() {
        return cells;
    }

    /** Per block: [cell] sums of D and counts, and the sum of D² (for R²). */
    double[][] blockSums(double[] dd, int[] start, int b) {
        double[] s = new double[cells];
        double[] c = new double[cells];
        double yy = 0;
        for (int j = start[b]; j < start[b + 1]; j++) {
            s[cell[j]] += dd[j];
            c[cell[j]] += 1;
            yy += dd[j] * dd[j];
        }
        return new double[][] {s, c, {yy}};
    }

    /** {EVPPI, R²} from the blocks weighted by {@code counts} (null: all once). */
    double[] estimate(double[][][] sums, int[] counts) {
        double[] s = new double[cells];
        double[] c = new double[cells];
        double yy = 0;
        for (int b = 0; b < sums.length; b++) {
            double w = counts == null ? 1 : counts[b];
            if (w == 0) {
                continue;
            }
            for (int k = 0; k < cells; k++) {
                s[k] += w * sums[b][0][k];
                c[k] += w * sums[b][1][k];
            }
            yy += w * sums[b][2][0];
        }
        double rows = 0;
        double total = 0;
        double pos = 0;
        double explained = 0;
        for (int k = 0; k < cells; k++) {
            rows += c[k];
            total += s[k];
            if (c[k] > 0) {
                double m = s[k] / c[k];
                pos += c[k] * Math.max(0.0, m);
                explained += c[k] * m * m;
            }
        }
        double mean = total / rows;
        double sst = yy - rows * mean * mean;
        double evppi = pos / rows - Math.max(0.0, mean);
        return new double[] {Math.max(0.0, evppi), sst > 0 ? (explained - rows * mean * mean) / sst : 0.0};
    }

    /** Squared error on the rows of the blocks with {@code test[b]} of cell means from the others. */
    double holdoutSse(double[][][] sums, boolean[] test, double[] dd, int[] start) {
        double[] s = new double[cells];
        double[] c = new double[cells];
        double all = 0;
        double allC = 0;
        for (int b = 0; b < sums.length; b++) {
            if (test[b]) {
                continue;
            }
            for (int k = 0; k < cells; k++) {
                s[k] += sums[b][0][k];
                c[k] += sums[b][1][k];
            }
        }
        for (int k = 0; k < cells; k++) {
            all += s[k];
            allC += c[k];
        }
        double fallback = all / allC;
        double sse = 0;
        for (int b = 0; b < sums.length; b++) {
            if (!test[b]) {
                continue;
            }
            for (int j = start[b]; j < start[b + 1]; j++) {
                int k = cell[j];
                double pred = c[k] > 0 ? s[k] / c[k] : fallback;
                double e = dd[j] - pred;
                sse += e * e;
            }
        }
        return sse;
    }
}

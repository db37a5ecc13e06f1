package org.euromesh.engine;

import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;

import java.util.List;
import org.euromesh.distributions.FastQuantile;
import org.euromesh.distributions.GaussianCopula;
import org.euromesh.engine.sampling.Streams;

/**
 * Maps one point of uniforms to one model input vector: the correlated inputs' uniforms go
 * through the Gaussian copula, then every input is its distribution's fast quantile of its
 * uniform. Immutable and shared; the per-thread scratch lives in {@link Scratch}. The sampler and
 * the sensitivity analyses both map points through it, so they see the same inputs.
 */
public final class InputTransform {

    private final int d;
    private final int[] slots;
    private final FastQuantile[] quantiles;
    private final GaussianCopula copula;
    private final int[] correlated;
    /**
     * The inputs whose quantile is a {@link FastQuantile.Kind#TABLE}, and their knots: {@link #apply}
     * interpolates their interior cells in one loop of its own (no per-value kind dispatch) and
     * leaves everything else to {@link FastQuantile#apply}.
     */
    private final int[] tableInputs;
    private final double[][] tableKnots;
    /** The other inputs (constant, closed-form, discrete): {@link FastQuantile#apply} each. */
    private final int[] otherInputs;

    /**
     * @param space the model's inputs
     * @param slots for input i, the index of its uniform in the point (identity for one model)
     */
    InputTransform(InputSpace space, int[] slots) {
        List<InputSpec> in = space.inputs();
        this.d = in.size();
        this.slots = slots.clone();
        this.quantiles = new FastQuantile[d];
        for (int i = 0; i < d; i++) {
            quantiles[i] = in.get(i).distribution().fastQuantile();
        }
        int tables = 0;
        for (FastQuantile q : quantiles) {
            tables += q.kind() == FastQuantile.Kind.TABLE ? 1 : 0;
        }
        this.tableInputs = new int[tables];
        this.tableKnots = new double[tables][];
        this.otherInputs = new int[d - tables];
        for (int i = 0, t = 0, o = 0; i < d; i++) {
            if (quantiles[i].kind() == FastQuantile.Kind.TABLE) {
                tableInputs[t] = i;
                tableKnots[t++] = quantiles[i].knots();
            } else {
                otherInputs[o++] = i;
            }
        }
        this.correlated = space.correlated();
        this.copula = correlated.length == 0 ? null : GaussianCopula.ofSpearman(space.spearman());
    }

    /** The transform of {@code space}: input i reads coordinate i of a point. */
    public static InputTransform of(InputSpace space) {
        return new InputTransform(space, identity(space.dimension()));
    }

    static int[] identity(int d) {
        int[] s = new int[d];
        for (int i = 0; i < d; i++) {
            s[i] = i;
        }
        return s;
    }

    int dimension() {
        return d;
    }

    /** The fast quantile of input {@code i} at {@code p}, without the copula (independent designs). */
    public double quantile(int i, double p) {
        return quantiles[i].apply(p);
    }

    /** Working arrays for one thread. */
    public Scratch newScratch() {
        return new Scratch(d, correlated.length);
    }

    /** Per-thread scratch: the model's uniforms and the copula's working arrays. */
    public static final class Scratch {
        final double[] u;
        final double[] cu;
        final double[] cz;
        /** {@link #correlateInPlace}: the correlated inputs' columns, and the copula's normals by column. */
        final double[][] view;
        double[][] zColumns;

        Scratch(int d, int m) {
            u = new double[d];
            cu = new double[m];
            cz = new double[m];
            view = new double[m][];
            zColumns = new double[m][0];
        }
    }

    /** Writes the model's input values for point {@code point} into {@code x}. Allocation-free. */
    public void apply(double[] point, double[] x, Scratch s) {
        double[] u = s.u;
        correlatedUniforms(point, u, s);
        int[] ti = tableInputs;
        double[][] tk = tableKnots;
        for (int t = 0; t < ti.length; t++) {
            int i = ti[t];
            x[i] = tableValue(tk[t], quantiles[i], u[i]);
        }
        int[] oi = otherInputs;
        for (int o = 0; o < oi.length; o++) {
            int i = oi[o];
            x[i] = quantiles[i].apply(u[i]);
        }
    }

    /**
     * Column-wise {@link #apply}, step 1: point {@code point}'s uniforms, before the copula, as
     * sample {@code i} of the columns: {@code columns[j][i]} is input j's uniform. Then
     * {@link #correlateInPlace} and {@link #quantilesInPlace} turn the columns into input values.
     * The three steps give every value {@link #apply} gives, bit for bit.
     */
    public void uniformsInto(double[] point, double[][] columns, int i) {
        int[] sl = slots;
        for (int j = 0; j < d; j++) {
            columns[j][i] = point[sl[j]];
        }
    }

    /**
     * {@link #uniformsInto} for {@code len} points given by column ({@code pointColumns[k][i]} is
     * coordinate k of point i, as {@link org.euromesh.engine.sampling.PointCursor#nextColumns}
     * writes them): input j's column is a copy of its slot's, or that very array, which is then
     * left alone (see {@link #readsPointInOrder}).
     */
    public void uniformColumnsInto(double[][] pointColumns, double[][] columns, int len) {
        int[] sl = slots;
        for (int j = 0; j < d; j++) {
            double[] from = pointColumns[sl[j]];
            if (from != columns[j]) {
                System.arraycopy(from, 0, columns[j], 0, len);
            }
        }
    }

    /**
     * True when input i reads coordinate i of a point of exactly this dimension (one model): the
     * cursor may then write the uniforms straight into the input columns.
     */
    public boolean readsPointInOrder(int pointDimension) {
        if (pointDimension != d) {
            return false;
        }
        for (int j = 0; j < d; j++) {
            if (slots[j] != j) {
                return false;
            }
        }
        return true;
    }

    /**
     * Column-wise {@link #apply}, step 2: the copula on the correlated inputs' uniforms
     * {@code columns[j][0..len)}, clamped into (0, 1) as {@link #apply} clamps them, one step of
     * the copula per column ({@link GaussianCopula#correlateColumns}; measured on the baseline's 8
     * correlated inputs: see BENCHMARKS.md). Nothing to do without correlations. Allocation-free
     * once the scratch has seen a chunk of {@code len}.
     */
    public void correlateInPlace(double[][] columns, int len, Scratch s) {
        if (copula == null) {
            return;
        }
        int[] cor = correlated;
        double[][] view = s.view;
        for (int c = 0; c < cor.length; c++) {
            view[c] = columns[cor[c]];
        }
        if (s.zColumns[0].length < len) {
            s.zColumns = new double[cor.length][len];
        }
        copula.correlateColumns(view, len, s.zColumns);
        for (int c = 0; c < cor.length; c++) {
            double[] col = view[c];
            for (int i = 0; i < len; i++) {
                col[i] = Streams.clamp(col[i]);
            }
        }
    }

    /**
     * Column-wise {@link #apply}, step 3: replaces the uniforms {@code columns[j][0..len)} of every
     * input j by its quantiles, one input at a time. Why by column: per sample, the 43 table
     * lookups of the baseline go to 43 different 32 kB tables (1.4 MB in all, competing with the
     * histograms for L2), so most of them miss the cache; one input's lookups in a row reuse its
     * table's lines and keep many misses in flight (measured in the real loop: inputs about 2×
     * cheaper, see BENCHMARKS.md).
     */
    public void quantilesInPlace(double[][] columns, int len) {
        int[] ti = tableInputs;
        double[][] tk = tableKnots;
        for (int t = 0; t < ti.length; t++) {
            int j = ti[t];
            double[] xs = tk[t];
            FastQuantile q = quantiles[j];
            double[] c = columns[j];
            for (int i = 0; i < len; i++) {
                c[i] = tableValue(xs, q, c[i]);
            }
        }
        int[] oi = otherInputs;
        for (int o = 0; o < oi.length; o++) {
            int j = oi[o];
            FastQuantile q = quantiles[j];
            double[] c = columns[j];
            for (int i = 0; i < len; i++) {
                c[i] = q.apply(c[i]);
            }
        }
    }

    /** The model's uniforms of {@code point} (its slots, then the copula on the correlated ones) into {@code u}. */
    private void correlatedUniforms(double[] point, double[] u, Scratch s) {
        for (int i = 0; i < d; i++) {
            u[i] = point[slots[i]];
        }
        if (copula != null) {
            double[] cu = s.cu;
            for (int c = 0; c < correlated.length; c++) {
                cu[c] = u[correlated[c]];
            }
            copula.correlate(cu, s.cz);
            for (int c = 0; c < correlated.length; c++) {
                u[correlated[c]] = Streams.clamp(cu[c]);
            }
        }
    }

    /**
     * {@code q.apply(p)} for a table quantile with knots {@code xs}: its interior-cell interpolation,
     * the same expression bit for bit, without its kind switch (measured: about half the cost per
     * value of calling apply on 43 different quantiles in turn); the end cells (2/K of the values)
     * go through apply itself.
     */
    private static double tableValue(double[] xs, FastQuantile q, double p) {
        int cells = xs.length - 1;
        double v = p * cells;
        int k = (int) v;
        if (k <= 0 || k >= cells - 1) {
            return q.apply(p);
        }
        double lo = xs[k];
        return lo + (v - k) * (xs[k + 1] - lo);
    }
}

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

        Scratch(int d, int m) {
            u = new double[d];
            cu = new double[m];
            cz = new double[m];
        }
    }

    /** Writes the model's input values for point {@code point} into {@code x}. Allocation-free. */
    public void apply(double[] point, double[] x, Scratch s) {
        double[] u = s.u;
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
        for (int i = 0; i < d; i++) {
            x[i] = quantiles[i].apply(u[i]);
        }
    }

}

package org.euromesh.engine.sensitivity;

import java.util.List;
import org.euromesh.distributions.FastQuantile;
import org.euromesh.distributions.GaussianCopula;
import org.euromesh.engine.InputSpace;
import org.euromesh.engine.InputSpec;
import org.euromesh.engine.sampling.Streams;

/**
 * Uniforms to one input vector, as the sampler's {@code org.euromesh.engine.InputTransform} does
 * (that class is package-private): the correlated inputs' uniforms go through the Gaussian copula
 * (when {@code withCopula}), then each input is its distribution's fast quantile of its uniform.
 * Immutable; per-thread scratch in {@link Scratch}.
 */
final class InputMapper {

    private final int d;
    private final FastQuantile[] quantiles;
    private final GaussianCopula copula;
    private final int[] correlated;

    InputMapper(InputSpace space, boolean withCopula) {
        List<InputSpec> in = space.inputs();
        this.d = in.size();
        this.quantiles = new FastQuantile[d];
        for (int i = 0; i < d; i++) {
            quantiles[i] = in.get(i).distribution().fastQuantile();
        }
        int[] corr = space.correlated();
        boolean use = withCopula && corr.length > 0;
        this.correlated = use ? corr : new int[0];
        this.copula = use ? GaussianCopula.ofSpearman(space.spearman()) : null;
    }

    /** The quantile of input {@code i} at {@code p}. */
    double quantile(int i, double p) {
        return quantiles[i].apply(p);
    }

    Scratch newScratch() {
        return new Scratch(d, correlated.length);
    }

    static final class Scratch {
        final double[] u;
        final double[] cu;
        final double[] cz;

        Scratch(int d, int m) {
            u = new double[d];
            cu = new double[m];
            cz = new double[m];
        }
    }

    /** Input vector {@code x} from the point {@code point} (one uniform per input, in input order). */
    void apply(double[] point, double[] x, Scratch s) {
        double[] u = s.u;
        System.arraycopy(point, 0, u, 0, d);
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

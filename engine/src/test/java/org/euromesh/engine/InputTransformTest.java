package org.euromesh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.euromesh.distributions.Categorical;
import org.euromesh.distributions.Fixed;
import org.euromesh.distributions.GaussianCopula;
import org.euromesh.distributions.Gamma;
import org.euromesh.distributions.LogNormal;
import org.euromesh.distributions.Pert;
import org.euromesh.distributions.Triangular;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sampling.Streams;
import org.junit.jupiter.api.Test;

/**
 * {@link InputTransform#apply} and its column-wise form ({@link InputTransform#uniformsInto}, then
 * {@link InputTransform#correlateInPlace} and {@link InputTransform#quantilesInPlace}, what the
 * sampler runs) run the copula by column and interpolate table quantiles in loops of their own
 * instead of calling {@code FastQuantile.apply} per input: their results must be those of the
 * straightforward path (the copula's {@code correlate} on one point's correlated uniforms, clamp,
 * every input's {@code FastQuantile.apply}) bit for bit, for every kind of quantile, in the
 * interior cells, the end cells and the outermost sub-cells, for full and partial chunks.
 * Deterministic (fixed seed): it cannot fail by chance.
 */
class InputTransformTest {

    private static final long SEED = 1717L;
    /** Not a multiple of the chunk, so the last column call is a partial one. */
    private static final int POINTS = 200_003;

    @Test
    void applyIsTheStraightforwardPathBitForBit() {
        List<InputSpec> inputs = List.of(
                new InputSpec("pert", Pert.of(2, 6, 10)),
                new InputSpec("fixed", Fixed.of(3)),
                new InputSpec("lognormal", LogNormal.of(0, 1)),
                new InputSpec("uniform", Uniform.of(-1, 4)),
                new InputSpec("skewed", Pert.of(0, 0.01, 1)),
                new InputSpec("triangular", Triangular.of(0, 1, 5)),
                new InputSpec("gamma", Gamma.of(0.3, 1)),
                new InputSpec("categorical", Categorical.of(new double[] {1, 2, 3}, new double[] {0.2, 0.3, 0.5})));
        int[] correlated = {0, 2, 6};
        double[][] spearman = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
        InputSpace space = new InputSpace(inputs, correlated, spearman);
        InputTransform transform = InputTransform.of(space);
        InputTransform.Scratch scratch = transform.newScratch();
        GaussianCopula copula = GaussianCopula.ofSpearman(spearman);
        int d = inputs.size();
        double[] point = new double[d];
        double[] x = new double[d];
        double[] u = new double[d];
        double[] cu = new double[correlated.length];
        double[] cz = new double[correlated.length];
        int chunk = 256;
        double[][] columns = new double[d][chunk];
        SplittableRandom rng = new SplittableRandom(SEED);
        double[] edges = {Streams.U_MIN, 1e-7, 1e-5, 1.0 / 4096, 2.0 / 4096, 0.5, 1 - 2.0 / 4096, 1 - 1.0 / 4096,
            1 - 1e-5, 1 - 1e-7, Streams.U_MAX};
        double[][] expectedColumns = new double[d][chunk];
        double[][] expectedUniforms = new double[d][chunk];
        for (int n = 0; n < POINTS; n++) {
            for (int i = 0; i < d; i++) {
                // a fifth of the coordinates at or near a cell edge, the rest uniform
                point[i] = rng.nextInt(5) == 0 ? edges[rng.nextInt(edges.length)]
                        : Streams.clamp(rng.nextDouble());
            }
            transform.apply(point, x, scratch);
            int slot = n % chunk;
            transform.uniformsInto(point, columns, slot);
            System.arraycopy(point, 0, u, 0, d);
            for (int c = 0; c < correlated.length; c++) {
                cu[c] = u[correlated[c]];
            }
            copula.correlate(cu, cz);
            for (int c = 0; c < correlated.length; c++) {
                u[correlated[c]] = Streams.clamp(cu[c]);
            }
            for (int i = 0; i < d; i++) {
                int at = i;
                double expected = inputs.get(i).distribution().fastQuantile().apply(u[i]);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(x[i]),
                        () -> "input " + inputs.get(at).name() + " at u = " + u[at]);
                // kept for the column path's check once the chunk is full
                expectedUniforms[i][slot] = u[i];
                expectedColumns[i][slot] = expected;
            }
            if (slot == chunk - 1 || n == POINTS - 1) {
                int len = slot + 1;
                transform.correlateInPlace(columns, len, scratch);
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < len; j++) {
                        assertEquals(Double.doubleToRawLongBits(expectedUniforms[i][j]),
                                Double.doubleToRawLongBits(columns[i][j]), "uniform of " + inputs.get(i).name());
                    }
                }
                transform.quantilesInPlace(columns, len);
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < len; j++) {
                        assertEquals(Double.doubleToRawLongBits(expectedColumns[i][j]),
                                Double.doubleToRawLongBits(columns[i][j]), "column of " + inputs.get(i).name());
                    }
                }
            }
        }
    }
}

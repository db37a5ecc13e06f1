package org.euromesh.engine;

import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sampling.SamplingMethod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inputs joined by the Gaussian copula reach the requested rank correlation. */
class CorrelationTest {

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void spearmanHalfIsReached(SamplingMethod method) {
        // a ~ U(0,1), b ~ Exp(1) (a monotone transform does not change ranks), c independent.
        InputSpace space = new InputSpace(List.of(new InputSpec("a", TestDistribution.uniform(0, 1)),
                new InputSpec("c", TestDistribution.uniform(0, 1)), new InputSpec("b", TestDistribution.exponential(1))),
                new int[] {0, 2}, new double[][] {{1, 0.5}, {0.5, 1}});
        int n = 1 << 15;
        RunSpec spec = RunSpec.of(2024, n).withBlockSize(1 << 13).withMethod(method);
        TestPoints s = TestPoints.of(space, spec);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double[] flat = new double[3 << 13];
        for (long k = 0; k < s.blocks(); k++) {
            s.fillInputs(k, flat);
            for (int i = 0; i < s.blockLength(k); i++) {
                int at = (int) (k << 13) + i;
                a[at] = flat[3 * i];
                c[at] = flat[3 * i + 1];
                b[at] = flat[3 * i + 2];
            }
        }
        // The sample Spearman ρ has sd ≈ (1 − ρ²)·1.06/sqrt(n) ≈ 0.0044 at ρ = 0.5, n = 32768
        // (≈ 0.0055 for the independent pair): 0.025 is > 4.5 sd (false failure < 1e-5).
        assertEquals(0.5, spearman(a, b), 0.025);
        assertEquals(0.0, spearman(a, c), 0.025);
        assertEquals(0.0, spearman(b, c), 0.025);
    }

    /** Pearson correlation of the ranks. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += rx[i];
            my += ry[i];
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[idx[i]] = i;
        }
        return r;
    }
}

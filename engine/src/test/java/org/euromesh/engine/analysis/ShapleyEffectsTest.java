package org.euromesh.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.euromesh.distributions.Normal;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sensitivity.InputGroup;
import org.junit.jupiter.api.Test;

/**
 * Shapley effects of a linear model with correlated Gaussian inputs, where they have a closed
 * form: for Y = β'X, X ~ N(0, Σ), E[Var(Y | X_{−J})] = β_J'(Σ_JJ − Σ_J,−J Σ_−J,−J⁻¹ Σ_−J,J)β_J
 * (Owen &amp; Prieur 2017; Iooss &amp; Prieur 2019). The oracle below computes those costs with
 * commons-math3 and combines them by the permutation definition of the Shapley value (the
 * average marginal contribution over all orderings), a different route from the subset weights
 * the code uses.
 */
class ShapleyEffectsTest {

    private static final long SEED = 20261201L;

    /** Spearman ρ_s that gives Pearson ρ between normals through the Gaussian copula. */
    private static double spearmanOf(double pearson) {
        return 6 / Math.PI * Math.asin(pearson / 2);
    }

    private static ToyModel linear(double[] beta, double[][] pearson, int[] correlated) {
        List<InputSpec> in = new ArrayList<>();
        for (int i = 0; i < beta.length; i++) {
            in.add(new InputSpec("x" + (i + 1), Normal.of(0, 1)));
        }
        double[][] s = new double[correlated.length][correlated.length];
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                s[a][b] = a == b ? 1 : spearmanOf(pearson[a][b]);
            }
        }
        return new ToyModel(new InputSpace(in, correlated, s), List.of(OutputSpec.value("y", "-", -100, 100, 10)),
                (x, y) -> {
                    double v = 0;
                    for (int i = 0; i < beta.length; i++) {
                        v += beta[i] * x[i];
                    }
                    y[0] = v;
                });
    }

    private static List<InputGroup> singles(int d) {
        List<InputGroup> g = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            g.add(InputGroup.of("x" + i, "x" + i));
        }
        return g;
    }

    /**
     * Hand-worked: Y = X1 + X2 + X3, unit variances, corr(X2, X3) = 0.6. X1 is independent and
     * additive, so Sh1 = Var(X1) = 1; by symmetry Sh2 = Sh3 = (V − 1)/2 = 1.6 with V = 3 + 2·0.6 = 4.2.
     * Shares 0.2381, 0.3810, 0.3810; an independent-design index would give X2 and X3 1/3 each.
     *
     * <p>Tolerance 0.03: with 4000 outer draws the bootstrap standard error of each share is
     * about 0.005 (the 95% intervals are at most 0.021 wide; over seeds 1..10 the largest error
     * was 0.010); 0.03 is six of them, a false-failure rate below 1e-8 per assertion.
     */
    @Test
    void handWorkedCorrelatedSum() {
        ToyModel m = linear(new double[] {1, 1, 1}, new double[][] {{1, 0.6}, {0.6, 1}}, new int[] {1, 2});
        ShapleyOutput o = ShapleyEffects.of(m, singles(3)).withSeed(SEED).withOuter(4000).withBootstrap(100).run(List.of("y"))
                .output("y");
        assertEquals(1 / 4.2, o.effect("x1").share(), 0.03);
        assertEquals(1.6 / 4.2, o.effect("x2").share(), 0.03);
        assertEquals(1.6 / 4.2, o.effect("x3").share(), 0.03);
        assertEquals(4.2, o.variance(), 4.2 * 0.06, "Var Y within 6% (s.e. of a variance on 4000 x 3 draws ~1.5%)");
        assertTrue(o.effect("x2").ci().width() < 0.06, o.effect("x2").ci().toString());
    }

    @Test
    void generalLinearGaussianMatchesTheClosedForm() {
        double[] beta = {1.0, 2.0, 0.5, 1.0};
        // Correlated x1, x2, x3 (Pearson of the normals); x4 independent.
        double[][] p = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
        ToyModel m = linear(beta, p, new int[] {0, 1, 2});
        double[][] sigma = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                sigma[a][b] = a < 3 && b < 3 ? p[a][b] : a == b ? 1 : 0;
            }
        }
        double[] truth = oracle(beta, sigma);
        ShapleyOutput o = ShapleyEffects.of(m, singles(4)).withSeed(SEED + 1).withOuter(4000).withBootstrap(0)
                .run(List.of("y")).output("y");
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            assertEquals(truth[i], o.effects().get(i).share(), 0.03, "x" + (i + 1));
            sum += o.effects().get(i).share();
        }
        assertEquals(1.0, sum, 1e-12, "the estimated shares sum to one by construction (efficiency)");
    }

    /** Shares by the permutation definition from the closed-form costs. */
    static double[] oracle(double[] beta, double[][] sigma) {
        int d = beta.length;
        double v = cost(beta, sigma, (1 << d) - 1);
        double[] sh = new double[d];
        List<int[]> perms = new ArrayList<>();
        permute(new int[d], new boolean[d], 0, perms);
        for (int[] perm : perms) {
            int before = 0;
            for (int i : perm) {
                sh[i] += cost(beta, sigma, before | 1 << i) - cost(beta, sigma, before);
                before |= 1 << i;
            }
        }
        for (int i = 0; i < d; i++) {
            sh[i] /= perms.size() * v;
        }
        return sh;
    }

    private static void permute(int[] cur, boolean[] used, int k, List<int[]> out) {
        if (k == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int i = 0; i < cur.length; i++) {
            if (!used[i]) {
                used[i] = true;
                cur[k] = i;
                permute(cur, used, k + 1, out);
                used[i] = false;
            }
        }
    }

    /** E[Var(Y | X_{−J})] for J the bit set {@code j}. */
    private static double cost(double[] beta, double[][] sigma, int j) {
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < beta.length; i++) {
            ((j >> i & 1) != 0 ? in : out).add(i);
        }
        if (in.isEmpty()) {
            return 0;
        }
        RealMatrix sjj = sub(sigma, in, in);
        if (!out.isEmpty()) {
            RealMatrix sjo = sub(sigma, in, out);
            RealMatrix soo = sub(sigma, out, out);
            sjj = sjj.subtract(sjo.multiply(new LUDecomposition(soo).getSolver().getInverse()).multiply(sjo.transpose()));
        }
        double c = 0;
        for (int a = 0; a < in.size(); a++) {
            for (int b = 0; b < in.size(); b++) {
                c += beta[in.get(a)] * sjj.getEntry(a, b) * beta[in.get(b)];
            }
        }
        return c;
    }

    private static RealMatrix sub(double[][] m, List<Integer> rows, List<Integer> cols) {
        double[][] s = new double[rows.size()][cols.size()];
        for (int a = 0; a < rows.size(); a++) {
            for (int b = 0; b < cols.size(); b++) {
                s[a][b] = m[rows.get(a)][cols.get(b)];
            }
        }
        return new Array2DRowRealMatrix(s);
    }

    @Test
    void resultDoesNotDependOnThreadsAndUngroupedInputsFormAFactor() {
        ToyModel m = linear(new double[] {1, 1, 1}, new double[][] {{1, 0.6}, {0.6, 1}}, new int[] {1, 2});
        List<InputGroup> g = List.of(InputGroup.of("first two", "x1", "x2"));
        ShapleyResult one = ShapleyEffects.of(m, g).withSeed(SEED).withOuter(500).withBootstrap(20).withThreads(1)
                .run(List.of("y"));
        ShapleyResult three = ShapleyEffects.of(m, g).withSeed(SEED).withOuter(500).withBootstrap(20).withThreads(3)
                .run(List.of("y"));
        assertEquals(one, three);
        assertEquals(List.of("first two", "(ungrouped inputs)"),
                one.output("y").effects().stream().map(ShapleyEffect::factor).toList());
    }

    @Test
    void overlappingGroupsAreRejected() {
        ToyModel m = linear(new double[] {1, 1}, new double[0][0], new int[0]);
        assertThrows(IllegalArgumentException.class, () -> ShapleyEffects.of(m,
                List.of(InputGroup.of("a", "x1"), InputGroup.of("b", "x1", "x2"))).run(List.of("y")));
    }
}

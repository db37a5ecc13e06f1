package org.euromesh.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class GaussianCopulaTest {
    private static final int N = 200_000;

    /** 7 regions pairwise 0.5, one shared driver at 0.3 to each: the EuroMesh case. */
    static double[][] euroMesh() {
        double[][] r = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                r[i][j] = i == j ? 1 : (i == 7 || j == 7) ? 0.3 : 0.5;
            }
        }
        return r;
    }

    /**
     * correlateColumns gives every point the bits correlate gives it: uniforms over (0, 1), a
     * tenth of them in the tails beyond |q| = 0.425 (Φ⁻¹'s other branch) or at the clamp's
     * limits, a partial chunk (len below the columns' length). Deterministic: cannot fail by chance.
     */
    @Test
    void columnsGiveCorrelatesBitsPointByPoint() {
        GaussianCopula c = GaussianCopula.ofSpearman(euroMesh());
        int m = c.dimension();
        UniformRandomProvider rng = StatTests.rng();
        double[] odd = {1e-300, 1e-17, 1e-9, 0.07, 0.5, 0.93, 1 - 1e-9, 1 - 0x1.0p-53};
        for (int len : new int[] {256, 1, 97}) {
            double[][] cols = new double[m][256];
            double[][] z = new double[m][256];
            double[][] expected = new double[m][len];
            double[] u = new double[m];
            double[] w = new double[m];
            for (int k = 0; k < len; k++) {
                for (int i = 0; i < m; i++) {
                    u[i] = rng.nextInt(10) == 0 ? odd[rng.nextInt(odd.length)]
                            : (rng.nextLong() >>> 11) * 0x1.0p-53 + 0x1.0p-54;
                    cols[i][k] = u[i];
                }
                c.correlate(u, w);
                for (int i = 0; i < m; i++) {
                    expected[i][k] = u[i];
                }
            }
            c.correlateColumns(cols, len, z);
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < len; k++) {
                    assertEquals(Double.doubleToRawLongBits(expected[i][k]), Double.doubleToRawLongBits(cols[i][k]),
                            "len " + len + ", input " + i + ", point " + k);
                }
            }
        }
    }

    @Test
    void achievedSpearmanMatchesTarget() {
        double[][] target = euroMesh();
        GaussianCopula c = GaussianCopula.ofSpearman(target);
        assertEquals(8, c.dimension());
        UniformRandomProvider rng = StatTests.rng();
        int m = c.dimension();
        double[][] cols = new double[m][N];
        double[] u = new double[m];
        double[] z = new double[m];
        for (int k = 0; k < N; k++) {
            for (int i = 0; i < m; i++) {
                // (0, 1) exclusive: nextDouble can return 0, whose Φ⁻¹ is -inf
                u[i] = (rng.nextLong() >>> 11) * 0x1.0p-53 + 0x1.0p-54;
            }
            c.correlate(u, z);
            for (int i = 0; i < m; i++) {
                assertTrue(u[i] >= 0 && u[i] <= 1);
                cols[i][k] = u[i];
            }
        }
        // Tolerance: the Gaussian copula's population Spearman equals the target exactly (that is
        // what the 2 sin(πρ/6) conversion guarantees), so only sampling error remains. The sample
        // Spearman's standard error is at most ~1/sqrt(n - 1) (its value under independence; it
        // shrinks as |ρ| grows, roughly like (1 − ρ²)), i.e. 0.00224 for n = 200 000. We allow
        // 5 SE = 0.0112: a false failure has probability ~6e-7 per pair, ~2e-5 over the 28 pairs.
        double tol = 5 / Math.sqrt(N - 1);
        double worst = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double rs = SpearmanCorrelation.of(cols[i], cols[j]);
                worst = Math.max(worst, Math.abs(rs - target[i][j]));
                assertEquals(target[i][j], rs, tol, "pair (" + i + ", " + j + ")");
            }
        }
        System.out.printf("copula 8x8 seed=%d n=%d worst |achieved - target| Spearman = %.5f (tol %.5f)%n",
                StatTests.SEED, N, worst, tol);
    }

    @Test
    void correlateIsPhiOfLTimesInversePhiWithTheAccurateFunctions() {
        // FastNormal is within 2e-15 of Φ; the matrix product adds a few roundings
        GaussianCopula c = GaussianCopula.ofSpearman(euroMesh());
        double[][] l = c.cholesky();
        UniformRandomProvider rng = StatTests.rng();
        double[] u = new double[8];
        double[] z = new double[8];
        double worst = 0;
        for (int k = 0; k < 20_000; k++) {
            for (int i = 0; i < 8; i++) {
                u[i] = (rng.nextLong() >>> 11) * 0x1.0p-53 + 0x1.0p-54;
            }
            double[] expected = new double[8];
            for (int i = 0; i < 8; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) {
                    s += l[i][j] * NormalMath.inversePhi(u[j]);
                }
                expected[i] = NormalMath.phi(s);
            }
            c.correlate(u, z);
            for (int i = 0; i < 8; i++) {
                worst = Math.max(worst, Math.abs(expected[i] - u[i]));
                assertEquals(expected[i], u[i], 1e-14, "k=" + k + " i=" + i);
            }
        }
        System.out.printf("copula vs accurate Phi(L Phi^-1(u)): max |diff| %.2e%n", worst);
    }

    @Test
    void pearsonIsTheSpearmanConversion() {
        GaussianCopula c = GaussianCopula.ofSpearman(euroMesh());
        double[][] p = c.pearson();
        assertEquals(2 * Math.sin(Math.PI * 0.5 / 6), p[0][1], 1e-15);
        assertEquals(2 * Math.sin(Math.PI * 0.3 / 6), p[7][3], 1e-15);
        assertEquals(1, p[4][4], 0);
        double[][] l = c.cholesky();
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                double s = 0;
                for (int k = 0; k < 8; k++) {
                    s += l[i][k] * l[j][k];
                }
                assertEquals(p[i][j], s, 1e-14);
            }
        }
    }

    @Test
    void identityLeavesUniformsAlone() {
        GaussianCopula c = GaussianCopula.identity(3);
        double[] u = {0.1, 0.5, 0.97};
        c.correlate(u, new double[3]);
        assertEquals(0.1, u[0], 1e-15);
        assertEquals(0.5, u[1], 1e-15);
        assertEquals(0.97, u[2], 1e-15);
    }

    @Test
    void invalidMatricesAreRejectedClearly() {
        String m = assertThrows(InvalidCorrelationException.class,
                () -> GaussianCopula.ofSpearman(new double[][] {{1, 0.5}, {0.4, 1}})).getMessage();
        assertTrue(m.contains("(0, 1) = 0.5 but (1, 0) = 0.4"), m);
        m = assertThrows(InvalidCorrelationException.class,
                () -> GaussianCopula.ofSpearman(new double[][] {{1, 1.2}, {1.2, 1}})).getMessage();
        assertTrue(m.contains("(0, 1) = 1.2 is outside [-1, 1]"), m);
        m = assertThrows(InvalidCorrelationException.class,
                () -> GaussianCopula.ofSpearman(new double[][] {{1, 0}, {0, 0.9}})).getMessage();
        assertTrue(m.contains("diagonal (1, 1) must be 1"), m);
        m = assertThrows(InvalidCorrelationException.class,
                () -> GaussianCopula.ofSpearman(new double[][] {{1, 0}, {0}})).getMessage();
        assertTrue(m.contains("square"), m);
        m = assertThrows(InvalidCorrelationException.class,
                () -> GaussianCopula.ofSpearman(new double[][] {{1, Double.NaN}, {Double.NaN, 1}})).getMessage();
        assertTrue(m.contains("(0, 1)"), m);
        // pairwise fine, jointly impossible: a~b, a~c strongly positive but b~c strongly negative
        m = assertThrows(InvalidCorrelationException.class, () -> GaussianCopula.ofSpearman(
                new double[][] {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}})).getMessage();
        assertTrue(m.contains("not positive definite") && m.contains("smallest eigenvalue is -"), m);
        assertThrows(InvalidCorrelationException.class, () -> GaussianCopula.ofSpearman(new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> GaussianCopula.ofSpearman(new double[][] {{1, 1}, {1, 1}}));
    }

    @Test
    void spearmanWithTies() {
        assertEquals(1, SpearmanCorrelation.of(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 400}), 1e-15);
        assertEquals(-1, SpearmanCorrelation.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
        double[] r = SpearmanCorrelation.ranks(new double[] {5, 1, 5, 3});
        assertEquals(3.5, r[0], 0);
        assertEquals(1, r[1], 0);
        assertEquals(3.5, r[2], 0);
        assertEquals(2, r[3], 0);
        // commons-math3 as oracle
        double[] x = {1, 2, 2, 3, 7, 7, 7, 0};
        double[] y = {4, 1, 2, 2, 9, 3, 3, 5};
        assertEquals(new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(x, y),
                SpearmanCorrelation.of(x, y), 1e-14);
    }
}

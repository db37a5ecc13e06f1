package org.euromesh.distributions;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Gaussian copula: makes independent uniforms rank-correlated as a given Spearman matrix says, by
 * u ↦ Φ(L·Φ⁻¹(u)), L the lower Cholesky factor of the Pearson matrix ρ_p = 2·sin(π·ρ_s/6). That
 * conversion is exact for the Gaussian copula, so the target Spearman ρ is achieved in the limit.
 * Marginals are untouched: feed the correlated uniforms to each input's quantile function.
 */
public final class GaussianCopula {
    /** Tolerance for symmetry and for the unit diagonal. */
    private static final double TOL = 1e-12;
    /** Cholesky pivots at or below this mean "not positive definite" (also catches |ρ| = 1 pairs). */
    private static final double MIN_PIVOT = 1e-10;

    private final int m;
    private final double[][] spearman;
    private final double[][] pearson;
    /** Lower Cholesky factor, row-packed: row i holds L[i][0..i] at offset i(i+1)/2. */
    private final double[] packed;

    private GaussianCopula(double[][] spearman, double[][] pearson, double[] packed) {
        this.m = spearman.length;
        this.spearman = spearman;
        this.pearson = pearson;
        this.packed = packed;
    }

    /**
     * @param rho Spearman rank correlation matrix: square, symmetric within 1e-12, unit diagonal,
     *            entries in [-1, 1], positive definite once converted to Pearson
     * @throws InvalidCorrelationException naming the offending entry (i, j) and its value(s), or the
     *                                     smallest eigenvalue when the matrix is not positive definite
     */
    public static GaussianCopula ofSpearman(double[][] rho) {
        if (rho == null || rho.length == 0) {
            throw new InvalidCorrelationException("correlation matrix is empty");
        }
        int m = rho.length;
        for (int i = 0; i < m; i++) {
            if (rho[i] == null || rho[i].length != m) {
                throw new InvalidCorrelationException("correlation matrix must be square " + m + "x" + m + ": row " + i
                        + " has " + (rho[i] == null ? 0 : rho[i].length) + " entries");
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double v = rho[i][j];
                if (!Double.isFinite(v)) {
                    throw new InvalidCorrelationException("correlation (" + i + ", " + j + ") is not a number: " + v);
                }
                if (i == j && Math.abs(v - 1) > TOL) {
                    throw new InvalidCorrelationException("correlation diagonal (" + i + ", " + i + ") must be 1, got "
                            + v);
                }
                if (Math.abs(v) > 1) {
                    throw new InvalidCorrelationException("correlation (" + i + ", " + j + ") = " + v
                            + " is outside [-1, 1]");
                }
                if (j > i && Math.abs(v - rho[j][i]) > TOL) {
                    throw new InvalidCorrelationException("correlation matrix is not symmetric: (" + i + ", " + j
                            + ") = " + v + " but (" + j + ", " + i + ") = " + rho[j][i]);
                }
            }
        }
        double[][] s = new double[m][m];
        double[][] p = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double v = i == j ? 1 : 0.5 * (rho[i][j] + rho[j][i]);
                s[i][j] = v;
                p[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * v / 6);
            }
        }
        double[] l = cholesky(p);
        if (l == null) {
            double[] ev = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(p)).getEigenvalues();
            double min = Double.POSITIVE_INFINITY;
            for (double e : ev) {
                min = Math.min(min, e);
            }
            throw new InvalidCorrelationException("correlation matrix is not positive definite: after the "
                    + "Spearman-to-Pearson conversion 2 sin(pi rho/6) its smallest eigenvalue is " + min
                    + " (must be > 0); some pairwise correlations contradict each other");
        }
        return new GaussianCopula(s, p, l);
    }

    /** The copula of independent inputs. */
    public static GaussianCopula identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return ofSpearman(id);
    }

    /** Packed lower Cholesky factor, or null if a pivot is not clearly positive. */
    private static double[] cholesky(double[][] a) {
        int m = a.length;
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > MIN_PIVOT)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] packed = new double[m * (m + 1) / 2];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                packed[k++] = l[i][j];
            }
        }
        return packed;
    }

    public int dimension() {
        return m;
    }

    /** The Spearman matrix (symmetrised copy). */
    public double[][] spearman() {
        return copy(spearman);
    }

    /** The Pearson matrix of the underlying normals, 2 sin(π ρ_s / 6) (copy). */
    public double[][] pearson() {
        return copy(pearson);
    }

    /** The lower Cholesky factor of {@link #pearson()} (copy). */
    public double[][] cholesky() {
        double[][] l = new double[m][m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                l[i][j] = packed[k++];
            }
        }
        return l;
    }

    /**
     * Hot loop: replaces the independent uniforms in {@code u} (length {@link #dimension()}, values
     * in (0, 1)) by correlated uniforms Φ(L·Φ⁻¹(u)). Allocates nothing. Φ is {@link FastNormal#phi}
     * (a table, within 2e-15 absolute of Φ; results in [0, 1], so callers that need (0, 1) clamp).
     *
     * @param u input and output, length m
     * @param z caller-owned scratch, length at least m
     */
    public void correlate(double[] u, double[] z) {
        final int n = m;
        for (int i = 0; i < n; i++) {
            z[i] = NormalMath.inversePhi(u[i]);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += packed[k++] * z[j];
            }
            u[i] = FastNormal.phi(s);
        }
    }

    /**
     * {@link #correlate} of {@code len} points at once, by column: {@code u[c][k]} is uniform c of
     * point k, replaced by its correlated uniform. Every point gets the values {@link #correlate}
     * gives it, bit for bit (the same operations in the same order per point); what changes is
     * that each step runs over a column in one loop, so the points' independent work overlaps
     * and the Cholesky product vectorises, instead of a few short loops per point. Allocates nothing.
     *
     * @param u   m columns of at least {@code len} uniforms in (0, 1), overwritten
     * @param len points
     * @param z   caller-owned scratch: m columns of at least {@code len}
     */
    public void correlateColumns(double[][] u, int len, double[][] z) {
        final int n = m;
        for (int i = 0; i < n; i++) {
            double[] ui = u[i];
            double[] zi = z[i];
            for (int k = 0; k < len; k++) {
                zi[k] = NormalMath.inversePhi(ui[k]);
            }
        }
        int at = 0;
        for (int i = 0; i < n; i++) {
            // row i of L·z, summed over j = 0..i in correlate's order, into u[i] (already read)
            double[] s = u[i];
            double l0 = packed[at++];
            double[] z0 = z[0];
            for (int k = 0; k < len; k++) {
                s[k] = 0.0 + l0 * z0[k];
            }
            for (int j = 1; j <= i; j++) {
                double lj = packed[at++];
                double[] zj = z[j];
                for (int k = 0; k < len; k++) {
                    s[k] += lj * zj[k];
                }
            }
            for (int k = 0; k < len; k++) {
                s[k] = FastNormal.phi(s[k]);
            }
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

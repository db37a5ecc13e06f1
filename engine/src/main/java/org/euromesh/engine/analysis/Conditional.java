package org.euromesh.engine.analysis;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The law of the latent normals z_A of the inputs redrawn for one Shapley subset, given the
 * others z_B: independent inputs are redrawn from N(0, 1); the correlated ones from
 * N(K·z_B, P_AA − K·P_BA) with K = P_AB·P_BB⁻¹ (conditionals of a Gaussian are Gaussian). Inputs
 * in no factor (fixed ones) are always redrawn: their latent normal is not observed, so it is
 * integrated out rather than conditioned on. Immutable; {@link #redraw} allocates nothing.
 */
final class Conditional {

    /** Positions (in the correlated list) of the correlated inputs redrawn, and of those kept. */
    private final int[] a;
    private final int[] b;
    /** K, |a| x |b|. */
    private final double[][] k;
    /** Lower Cholesky factor of the conditional covariance, |a| x |a|. */
    private final double[][] l;
    /** Uncorrelated inputs redrawn (from N(0, 1)). */
    private final int[] independent;

    private Conditional(int[] a, int[] b, double[][] k, double[][] l, int[] independent) {
        this.a = a;
        this.b = b;
        this.k = k;
        this.l = l;
        this.independent = independent;
    }

    static boolean redrawn(int[] factorOf, int i, int subset) {
        return factorOf[i] < 0 || (subset >> factorOf[i] & 1) != 0;
    }

    /**
     * @param p          Pearson matrix of the correlated inputs' normals
     * @param correlated input indices of the correlated inputs
     * @param factorOf   factor of each input, -1 for none
     * @param subset     bit set of the factors redrawn
     */
    static Conditional of(double[][] p, int[] correlated, int[] factorOf, int subset) {
        int c = correlated.length;
        int na = 0;
        for (int q = 0; q < c; q++) {
            na += redrawn(factorOf, correlated[q], subset) ? 1 : 0;
        }
        int[] a = new int[na];
        int[] b = new int[c - na];
        int ia = 0;
        int ib = 0;
        for (int q = 0; q < c; q++) {
            if (redrawn(factorOf, correlated[q], subset)) {
                a[ia++] = q;
            } else {
                b[ib++] = q;
            }
        }
        double[][] pbb = new double[b.length][b.length];
        for (int r = 0; r < b.length; r++) {
            for (int s = 0; s < b.length; s++) {
                pbb[r][s] = p[b[r]][b[s]];
            }
        }
        double[][] inv = invert(pbb);
        double[][] k = new double[na][b.length];
        for (int r = 0; r < na; r++) {
            for (int s = 0; s < b.length; s++) {
                double v = 0;
                for (int t = 0; t < b.length; t++) {
                    v += p[a[r]][b[t]] * inv[t][s];
                }
                k[r][s] = v;
            }
        }
        double[][] cov = new double[na][na];
        for (int r = 0; r < na; r++) {
            for (int s = 0; s < na; s++) {
                double v = p[a[r]][a[s]];
                for (int t = 0; t < b.length; t++) {
                    v -= k[r][t] * p[b[t]][a[s]];
                }
                cov[r][s] = v;
            }
        }
        boolean[] corr = new boolean[factorOf.length];
        for (int q : correlated) {
            corr[q] = true;
        }
        int[] independent = java.util.stream.IntStream.range(0, factorOf.length)
                .filter(i -> !corr[i] && redrawn(factorOf, i, subset)).toArray();
        return new Conditional(a, b, k, ShapleyEffects.choleskyOf(cov), independent);
    }

    /**
     * Replaces, in {@code z}, the latent normals of the inputs redrawn for this subset by a draw
     * from their conditional law given the others (which are only read).
     *
     * @param mean    caller scratch, length at least the number of correlated inputs
     * @param e       caller scratch, same length
     */
    void redraw(UniformRandomProvider rng, double[] z, int[] correlated, double[] mean, double[] e) {
        for (int i : independent) {
            z[i] = ShapleyEffects.normal(rng);
        }
        int na = a.length;
        for (int r = 0; r < na; r++) {
            double m = 0;
            double[] kr = k[r];
            for (int s = 0; s < b.length; s++) {
                m += kr[s] * z[correlated[b[s]]];
            }
            mean[r] = m;
            e[r] = ShapleyEffects.normal(rng);
        }
        for (int r = 0; r < na; r++) {
            double v = mean[r];
            double[] lr = l[r];
            for (int s = 0; s <= r; s++) {
                v += lr[s] * e[s];
            }
            z[correlated[a[r]]] = v;
        }
    }

    /** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan; empty gives empty). */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}

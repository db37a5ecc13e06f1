package org.euromesh.benchmarks;

import org.euromesh.distributions.GaussianCopula;
import org.euromesh.distributions.NormalMath;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The Gaussian copula of the EuroMesh inputs (8 correlated uniforms: 7 regions pairwise 0.5, one
 * shared driver at 0.3) and the two normal functions it is made of. {@code correlate} is
 * nanoseconds per correlated point of 8; {@code phi} and {@code inversePhi} (the accurate
 * {@link NormalMath} versions other callers use) are nanoseconds per value.
 */
public class CopulaBenchmark extends BenchmarkBase {

    /** Correlated inputs per point, as in the shipped parameters. */
    static final int M = 8;

    GaussianCopula copula;
    /** BATCH points of M uniforms in (0, 1), and a working copy that correlate overwrites. */
    double[] points;
    double[] work;
    double[] z;
    /** BATCH normal deviates Φ⁻¹(u). */
    double[] normals;

    @Setup
    public void setup() {
        double[][] r = new double[M][M];
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < M; j++) {
                r[i][j] = i == j ? 1 : (i == M - 1 || j == M - 1) ? 0.3 : 0.5;
            }
        }
        copula = GaussianCopula.ofSpearman(r);
        points = Uniforms.fill(BATCH * M);
        work = new double[M];
        z = new double[M];
        normals = new double[BATCH];
        for (int i = 0; i < BATCH; i++) {
            normals[i] = NormalMath.inversePhi(points[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double correlate() {
        double[] u = work;
        double sum = 0;
        for (int k = 0; k < BATCH; k++) {
            System.arraycopy(points, k * M, u, 0, M);
            copula.correlate(u, z);
            sum += u[0] + u[M - 1];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double phi() {
        double[] x = normals;
        double sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += NormalMath.phi(x[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double inversePhi() {
        double[] u = points;
        double sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += NormalMath.inversePhi(u[i]);
        }
        return sum;
    }
}

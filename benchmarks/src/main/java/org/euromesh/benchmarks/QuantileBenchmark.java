package org.euromesh.benchmarks;

import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.FastQuantile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The quantile functions LHS and Sobol push every uniform through: {@link FastQuantile#apply} per
 * family (table or closed form) and, for comparison, the exact {@link Distribution#quantile}
 * (root finding for PERT, beta and gamma). The uniforms are pre-drawn, so the baseline —
 * summing them — is the cost of the loop itself. Nanoseconds per value.
 *
 * <p>The {@value #POINTS} uniforms are stratified — one per cell (i + 0.5)/{@value #POINTS}, in a
 * seeded random order — so exactly 2 of the {@value #POINTS} fall in a table's two end cells (which
 * interpolate a finer sub-table), as on average in a run (2/K of the calls). None reaches the
 * outermost sub-cells, where the exact quantile is still called: in a run that is 3.8e-6 of the
 * calls, a few microseconds each for PERT, i.e. about 0.01 ns per value on average.
 */
public class QuantileBenchmark extends BenchmarkBase {

    @Param({"PERT", "TRIANGULAR", "UNIFORM", "NORMAL", "TRUNCATED_NORMAL", "LOGNORMAL", "GAMMA", "BETA"})
    String family;

    /** Uniforms per call: the default table's cell count, so each cell gets exactly one. */
    public static final int POINTS = FastQuantile.DEFAULT_KNOTS;

    Distribution distribution;
    FastQuantile fast;
    double[] u;

    @Setup
    public void setup() {
        distribution = Families.of(family);
        fast = distribution.fastQuantile();
        u = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            u[i] = (i + 0.5) / POINTS;
        }
        org.apache.commons.rng.UniformRandomProvider rng = Uniforms.engineStream(3);
        for (int i = POINTS - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = u[i];
            u[i] = u[j];
            u[j] = t;
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double baselineLoop() {
        double[] p = u;
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += p[i];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double fastQuantile() {
        FastQuantile q = fast;
        double[] p = u;
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += q.apply(p[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double exactQuantile() {
        Distribution d = distribution;
        double[] p = u;
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += d.quantile(p[i]);
        }
        return sum;
    }
}

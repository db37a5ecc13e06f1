package org.euromesh.benchmarks;

import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.engine.sampling.Streams;

/** The engine's own point generator (Streams.pointStream): a per-(seed, tag, block, dimension) stream, as MC uses it. */
final class Uniforms {

    private Uniforms() {
    }

    static UniformRandomProvider engineStream(long block) {
        return Streams.pointStream(BenchmarkBase.SEED, Streams.TAG_POINTS, block, Streams.nameKey("benchmark"));
    }

    /** {@code n} uniforms in (0, 1) from the engine's generator. */
    static double[] fill(int n) {
        UniformRandomProvider rng = engineStream(0);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = Streams.toUnit(rng.nextLong());
        }
        return u;
    }
}

package org.euromesh.benchmarks;

import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.DistributionSampler;
import org.euromesh.engine.sampling.Streams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Scope;

/**
 * {@link DistributionSampler#sample()} of every continuous family (commons-rng samplers: Ziggurat,
 * Marsaglia–Tsang, Cheng, inversion), against the floor: drawing one uniform double from the same
 * generator. Nanoseconds per value.
 */
public class DistributionSamplerBenchmark extends BenchmarkBase {

    /** The generator both the samplers and the baseline draw from. */
    @State(Scope.Benchmark)
    public static class Source {
        UniformRandomProvider rng;

        @Setup
        public void setup() {
            rng = Uniforms.engineStream(1);
        }
    }

    /** One sampler per family. */
    @State(Scope.Benchmark)
    public static class Sampler {
        @Param({"PERT", "TRIANGULAR", "UNIFORM", "NORMAL", "TRUNCATED_NORMAL", "LOGNORMAL", "GAMMA", "BETA"})
        String family;

        DistributionSampler sampler;

        @Setup
        public void setup(Source source) {
            sampler = Families.of(family).createSampler(source.rng);
        }
    }

    /** The floor: one uniform double (the engine's conversion of 64 random bits) per value. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double baselineUniform(Source s) {
        UniformRandomProvider rng = s.rng;
        double sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += Streams.toUnit(rng.nextLong());
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double sample(Sampler s) {
        DistributionSampler d = s.sampler;
        double sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += d.sample();
        }
        return sum;
    }
}

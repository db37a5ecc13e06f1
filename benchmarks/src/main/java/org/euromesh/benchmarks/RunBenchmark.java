package org.euromesh.benchmarks;

import java.util.concurrent.TimeUnit;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full {@link Sampler#run} of 10^6 samples of the shipped baseline, default block size, at 1 and
 * 2 threads, for MC, LHS and SOBOL. Milliseconds per run; samples/s = 10^6 / time. Thread scaling
 * is time(1 thread) / time(2 threads); the results are bit-identical (the engine's tests check it).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 1, timeUnit = TimeUnit.SECONDS)
public class RunBenchmark extends BenchmarkBase {

    @Param({"MC", "LHS", "SOBOL"})
    SamplingMethod method;

    @Param({"1", "2"})
    int threads;

    @Param({"1000000"})
    long samples;

    EuroMeshModel model;
    RunSpec spec;

    @Setup
    public void setup() {
        model = Baseline.model();
        spec = new RunSpec(SEED, samples, method, threads, RunSpec.DEFAULT_BLOCK_SIZE,
                Outputs.win(EuroMeshModel.DEFAULT_HEADLINE), Double.NaN);
    }

    @Benchmark
    public RunResult run() {
        return Sampler.run(model, spec);
    }
}

package org.euromesh.benchmarks;

import java.util.concurrent.TimeUnit;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One block of {@value RunSpec#DEFAULT_BLOCK_SIZE} samples end to end on one thread: points,
 * copula, fast quantiles, model, accumulators (moments, histograms) and the final summary.
 * Milliseconds per block; samples/s = 65,536 / time.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlockBenchmark extends BenchmarkBase {

    @Param({"MC", "LHS", "SOBOL"})
    SamplingMethod method;

    /** Samples in the block (the default block size; smaller only in the smoke test). */
    @Param({"65536"})
    int blockSize;

    EuroMeshModel model;
    RunSpec spec;

    @Setup
    public void setup() {
        model = Baseline.model();
        spec = new RunSpec(SEED, blockSize, method, 1, blockSize, Outputs.win(EuroMeshModel.DEFAULT_HEADLINE), Double.NaN);
    }

    @Benchmark
    public RunResult block() {
        return Sampler.run(model, spec);
    }
}

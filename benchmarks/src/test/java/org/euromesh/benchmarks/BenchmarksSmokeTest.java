package org.euromesh.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the benchmark code compiling and running in CI: every benchmark runs one very short
 * iteration in this JVM (no fork, no warm-up), with small sizes. Nothing here is a timing:
 * performance numbers come from the JMH jar only (see BENCHMARKS.md).
 */
class BenchmarksSmokeTest {

    private static Collection<RunResult> runOnce(String include, String... params) throws RunnerException {
        OptionsBuilder b = new OptionsBuilder();
        b.include(include)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true);
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        Options o = b.build();
        return new Runner(o).run();
    }

    @Test
    void perValueBenchmarksRun() throws RunnerException {
        Collection<RunResult> r = runOnce(
                "org\\.euromesh\\.benchmarks\\.(DistributionSamplerBenchmark|QuantileBenchmark|CopulaBenchmark)\\..*",
                "family", "PERT");
        // sampler: baseline + sample; quantile: baseline + fast + exact; copula: correlate, phi, inversePhi
        assertEquals(8, r.size());
    }

    @Test
    void modelBlockAndRunBenchmarksRun() throws RunnerException {
        Collection<RunResult> r = runOnce(
                "org\\.euromesh\\.benchmarks\\.(ModelBenchmark|StagesBenchmark|BlockBenchmark|RunBenchmark)\\..*",
                "method", "MC", "blockSize", "1024", "samples", "4096", "threads", "2");
        // model: baseline + evaluate; stages: draw, floor, draw + transform, accumulate; block; run
        assertEquals(8, r.size());
    }
}

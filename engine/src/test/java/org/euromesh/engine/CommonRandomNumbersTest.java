package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.engine.stats.OutputSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scenario comparison: the same input name draws the same uniform in both runs. */
class CommonRandomNumbersTest {

    /** Baseline: y = x1 + x2, x2 ~ U(0, 1). */
    private static Model baseline() {
        return new ToyModel(ToyModel.independent(new String[] {"x1", "x2"}, TestDistribution.uniform(0, 1),
                TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.value("y", "-", -1, 4, 500), OutputSpec.indicator("big")), (x, y) -> {
                    y[0] = x[0] + x[1];
                    y[1] = x[0] + x[1] > 1 ? 1 : 0;
                });
    }

    /** Scenario: x2 ~ U(0, 1.1), and an extra input listed first: y = x1 + x2 + 0·extra. */
    private static Model scenario() {
        return new ToyModel(ToyModel.independent(new String[] {"extra", "x1", "x2"}, TestDistribution.normal(0, 1),
                TestDistribution.uniform(0, 1), TestDistribution.uniform(0, 1.1)),
                List.of(OutputSpec.value("y", "-", -1, 4, 500), OutputSpec.indicator("big")), (x, y) -> {
                    y[0] = x[1] + x[2];
                    y[1] = x[1] + x[2] > 1 ? 1 : 0;
                });
    }

    @ParameterizedTest
    @EnumSource(value = SamplingMethod.class, names = {"MC", "LHS"})
    void pairedDifferenceHasSmallVarianceAndRunsMatchSeparateRuns(SamplingMethod method) {
        RunSpec spec = RunSpec.of(31, 50_000).withBlockSize(4096).withMethod(method).withThreads(2);
        Comparison c = Sampler.compare(baseline(), scenario(), spec);
        OutputSummary d = c.difference("y");
        // Under CRN, B − A = 0.1 · U(0,1): mean 0.05, sd 0.0289. Independent runs: sd sqrt(2/12 + 1.21/12 + ...) ≈ 0.52.
        double independentSd = Math.hypot(c.a().output("y").sd(), c.b().output("y").sd());
        assertTrue(d.sd() < 0.1 * independentSd, () -> d.sd() + " vs " + independentSd);
        assertEquals(0.1 / Math.sqrt(12), d.sd(), 0.002); // sd of the sample sd ≈ 0.0001: 20 SE
        assertEquals(0.05, d.mean().mean(), 5 * d.mean().standardError());
        // The indicator flips only where x1 + x2 ∈ (1, 1.1·x2...]: B − A ∈ {0, 1}, mean = P(A = 0, B = 1).
        assertEquals(0.0, c.difference("big").min());
        // Each side equals its own separate run: CRN by input name, even with B's extra input first.
        assertEquals(Sampler.run(baseline(), spec), c.a());
        assertEquals(Sampler.run(scenario(), spec), c.b());
    }

    @ParameterizedTest
    @EnumSource(value = SamplingMethod.class, names = {"MC", "LHS"})
    void sameNameSameUniformWhateverTheOtherInputs(SamplingMethod method) {
        RunSpec spec = RunSpec.of(5, 1000).withBlockSize(300).withMethod(method);
        TestPoints a = TestPoints.of(baseline().inputs(), spec);
        TestPoints b = TestPoints.of(scenario().inputs(), spec);
        for (long k = 0; k < a.blocks(); k++) {
            int n = a.blockLength(k);
            double[] ua = new double[n * 2];
            double[] ub = new double[n * 3];
            a.fillUniforms(k, ua);
            b.fillUniforms(k, ub);
            double[] x1a = new double[n];
            double[] x1b = new double[n];
            double[] x2a = new double[n];
            double[] x2b = new double[n];
            for (int i = 0; i < n; i++) {
                x1a[i] = ua[2 * i];
                x2a[i] = ua[2 * i + 1];
                x1b[i] = ub[3 * i + 1];
                x2b[i] = ub[3 * i + 2];
            }
            assertArrayEquals(x1a, x1b);
            assertArrayEquals(x2a, x2b);
        }
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void sobolComparisonOfIdenticalInputListsIsExact(SamplingMethod method) {
        // Same inputs in the same order (only a distribution changes): every method gives CRN.
        Model a = baseline();
        Model b = new ToyModel(ToyModel.independent(new String[] {"x1", "x2"}, TestDistribution.uniform(0, 1),
                TestDistribution.uniform(0, 1.1)), a.outputs(), (x, y) -> {
                    y[0] = x[0] + x[1];
                    y[1] = x[0] + x[1] > 1 ? 1 : 0;
                });
        RunSpec spec = RunSpec.of(8, 1 << 14).withBlockSize(1 << 12).withMethod(method).withThreads(2);
        Comparison c = Sampler.compare(a, b, spec);
        assertEquals(Sampler.run(a, spec), c.a());
        assertEquals(Sampler.run(b, spec), c.b());
        assertEquals(0.1 / Math.sqrt(12), c.difference("y").sd(), 0.003);
    }
}

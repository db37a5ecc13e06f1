package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.PercentileEstimate;
import org.euromesh.engine.stats.ProbabilityEstimate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Toy models with closed-form answers. Every test uses a fixed seed; the tolerances are stated
 * as the false-failure rate they would have over random seeds.
 */
class SamplerStatisticsTest {

    private static final double DAY = 1.0 / 365.25;

    /** X ~ Exp(1), Y ~ Exp(2): P(X < Y) = λx / (λx + λy) = 1/3; also the times themselves. */
    private static Model exponentialRace() {
        return new ToyModel(ToyModel.independent(new String[] {"x", "y"}, TestDistribution.exponential(1.0),
                TestDistribution.exponential(2.0)),
                List.of(OutputSpec.indicator("x_first"), OutputSpec.time("x", 24.0), OutputSpec.value("sum", "-", 0, 50, 5000)),
                (x, y) -> {
                    y[0] = x[0] < x[1] ? 1.0 : 0.0;
                    y[1] = x[0];
                    y[2] = x[0] + x[1];
                });
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void probabilityOfARaceBetweenExponentials(SamplingMethod method) {
        RunResult r = Sampler.run(exponentialRace(), RunSpec.of(20260101L, 200_000).withMethod(method)
                .withBlockSize(8192).withThreads(2).withHeadline("x_first"));
        ProbabilityEstimate p = r.output("x_first").probability();
        double exact = 1.0 / 3.0;
        double se = Math.sqrt(exact * (1 - exact) / p.n());
        // 5 standard errors: false-failure rate 6e-7 for MC (LHS and Sobol err less).
        assertEquals(exact, p.p(), 5 * se);
        assertEquals(200_000, p.n());
        assertTrue(p.lo() < p.p() && p.p() < p.hi());
        // Mean of X + Y = 1 + 1/2 (sd 1.118): 5 standard errors.
        OutputSummary sum = r.output("sum");
        assertEquals(1.5, sum.mean().mean(), 5 * Math.sqrt(1.25 / 200_000));
        assertEquals(Math.sqrt(1.25), sum.sd(), 0.01); // sd of the sample sd ~ 0.004 here: 2.5 SE
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void meanOfASumOfUniformsAndNormals(SamplingMethod method) {
        // U(0,1) + U(2,4) + N(1, 2): mean 4.5, variance 1/12 + 4/12 + 4 = 4.41667.
        Model m = new ToyModel(ToyModel.independent(new String[] {"a", "b", "c"}, TestDistribution.uniform(0, 1),
                TestDistribution.uniform(2, 4), TestDistribution.normal(1, 2)),
                List.of(OutputSpec.value("s", "-", -20, 30, 1000)), (x, y) -> y[0] = x[0] + x[1] + x[2]);
        RunResult r = Sampler.run(m, RunSpec.of(7, 100_000).withMethod(method).withBlockSize(4096).withThreads(2));
        OutputSummary s = r.output("s");
        double var = 1.0 / 12 + 4.0 / 12 + 4.0;
        // 5 standard errors (false-failure 6e-7); the reported SE itself agrees with sqrt(var/n) to 2%.
        assertEquals(4.5, s.mean().mean(), 5 * Math.sqrt(var / 100_000));
        assertEquals(Math.sqrt(var / 100_000), s.mean().standardError(), 0.02 * Math.sqrt(var / 100_000));
        assertEquals(100_000, s.n());
        assertEquals(0, s.invalid());
    }

    /**
     * TIME uniform on [0, 24]: P_p = 24p. MC: every exact value lies inside its order-statistic
     * interval widened 2.6-fold (2.6 × 1.96 ≈ 5 SE; false failure 6e-7 each).
     */
    @Test
    void percentilesOfAUniformTimeWithinTheirOrderStatisticIntervals() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"t"}, TestDistribution.uniform(0, 24)),
                List.of(OutputSpec.time("t", 24.0)), (x, y) -> y[0] = x[0]);
        OutputSummary t = Sampler.run(m, RunSpec.of(99, 262_144).withBlockSize(16_384).withThreads(2)).output("t");
        assertEquals(7, t.percentiles().size());
        for (PercentileEstimate e : t.percentiles()) {
            double exact = 24 * e.p();
            assertTrue(e.lo() <= e.value() && e.value() <= e.hi(), e::toString);
            double lo = e.value() - 2.6 * (e.value() - e.lo());
            double hi = e.value() + 2.6 * (e.hi() - e.value());
            assertTrue(lo <= exact && exact <= hi, () -> e + " vs exact " + exact);
            // the interval is about 2 x 1.96 x 24 sqrt(p(1-p)/n) wide
            double expected = 2 * 1.96 * 24 * Math.sqrt(e.p() * (1 - e.p()) / 262_144);
            assertEquals(expected, e.hi() - e.lo(), 0.1 * expected + 2.0 / 732);
        }
        assertEquals(0, t.censored());
    }

    /**
     * Exponential time (rate 0.2 per year; 0.8% after 2049) by LHS and SOBOL: with stratified
     * points the percentiles land within 1 day of −ln(1 − p)/0.2. (MC would need ~10^9 samples for
     * 1-day accuracy at P95; its error is what the interval reports.)
     */
    @ParameterizedTest
    @EnumSource(value = SamplingMethod.class, names = {"LHS", "SOBOL"})
    void percentilesOfAnExponentialTimeWithinOneDay(SamplingMethod method) {
        Model m = new ToyModel(ToyModel.independent(new String[] {"t"}, TestDistribution.exponential(0.2)),
                List.of(OutputSpec.time("t", 24.0)), (x, y) -> y[0] = x[0]);
        OutputSummary t = Sampler.run(m, RunSpec.of(5, 1 << 18).withBlockSize(1 << 16).withMethod(method)
                .withThreads(2)).output("t");
        for (PercentileEstimate e : t.percentiles()) {
            double exact = -Math.log1p(-e.p()) / 0.2;
            assertEquals(exact, e.value(), DAY, e::toString);
            assertTrue(e.lo() <= exact + DAY && exact - DAY <= e.hi(), e::toString);
        }
        // P(T > 24) = exp(-4.8)
        assertEquals(Math.exp(-4.8), t.censoredFraction(), 5 * Math.sqrt(Math.exp(-4.8) / (1 << 18)));
    }

    /** 30% of the mass after the horizon: censored fraction 0.3, P75..P95 = +infinity, never dropped. */
    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void censoredMassIsReportedAsAfterTheHorizon(SamplingMethod method) {
        // T = 24 U / 0.7: P(T > 24) = 0.3; for p < 0.7, P_p = 24 p / 0.7. Some paths never happen (+inf).
        Model m = new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.time("t", 24.0)), (x, y) -> y[0] = x[0] > 0.9 ? Double.POSITIVE_INFINITY : 24 * x[0] / 0.7);
        int n = 100_000;
        OutputSummary t = Sampler.run(m, RunSpec.of(11, n).withMethod(method).withBlockSize(4096)).output("t");
        assertEquals(n, t.n());
        // 5 SE of a proportion: false failure 6e-7
        assertEquals(0.3, t.censoredFraction(), 5 * Math.sqrt(0.21 / n));
        assertEquals(0.7, t.probability().p(), 5 * Math.sqrt(0.21 / n));
        assertEquals(Double.POSITIVE_INFINITY, t.percentile(0.90).value());
        assertEquals(Double.POSITIVE_INFINITY, t.percentile(0.95).value());
        assertEquals(Double.POSITIVE_INFINITY, t.percentile(0.75).value());
        assertTrue(t.percentile(0.90).censored());
        // P50 = 17.14 y; the mean is over uncensored paths only: E[T | T <= 24] = 12.
        PercentileEstimate p50 = t.percentile(0.5);
        assertEquals(24 * 0.5 / 0.7, p50.value(), 5 * 24 / 0.7 * Math.sqrt(0.25 / n));
        assertEquals(12.0, t.mean().mean(), 5 * 24 / Math.sqrt(12.0 * 0.7 * n));
        assertEquals(7, t.percentiles().size());
        assertEquals(n, t.histogram().total());
        assertEquals(t.censored(), t.histogram().overflow());
    }

    /**
     * A smooth non-additive f on [0,1]^3 with E f = 1/2 + 1/3 + 1/4: over 20 replicate seeds the
     * root-mean-square error of LHS and of SOBOL is below half that of MC (observed ratios: ~0.1
     * for LHS, ~1e-5 for Sobol; with 20 replicates an RMSE ratio estimate is within a factor 1.5 of
     * the truth with probability > 0.999, so the factor-2 margin cannot fail by chance). Means, not timing.
     */
    @Test
    void lhsAndSobolHaveSmallerErrorThanMcOnASmoothFunction() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"a", "b", "c"}, TestDistribution.uniform(0, 1),
                TestDistribution.uniform(0, 1), TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.value("f", "-", 0, 3, 300)), (x, y) -> y[0] = x[0] + x[1] * x[1] + x[0] * x[2]);
        double exact = 0.5 + 1.0 / 3 + 0.25;
        double[] rmse = new double[3];
        int reps = 20;
        int n = 4096;
        for (SamplingMethod method : SamplingMethod.values()) {
            double ss = 0;
            for (int rep = 0; rep < reps; rep++) {
                OutputSummary f = Sampler.run(m, RunSpec.of(1000 + rep, n).withMethod(method).withBlockSize(n)
                        .withThreads(1)).output("f");
                // every estimate is right within 5 MC standard errors (false failure 6e-7 each)
                assertEquals(exact, f.mean().mean(), 5 * f.mean().standardError());
                ss += (f.mean().mean() - exact) * (f.mean().mean() - exact);
            }
            rmse[method.ordinal()] = Math.sqrt(ss / reps);
        }
        assertTrue(rmse[1] < 0.5 * rmse[0], () -> "LHS " + rmse[1] + " vs MC " + rmse[0]);
        assertTrue(rmse[2] < 0.5 * rmse[0], () -> "SOBOL " + rmse[2] + " vs MC " + rmse[0]);
    }

    @Test
    void partialLastBlockCountsEverySampleOnce() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.indicator("low"), OutputSpec.value("u", "-", 0, 1, 100)), (x, y) -> {
                    y[0] = x[0] < 0.25 ? 1 : 0;
                    y[1] = x[0];
                });
        for (SamplingMethod method : SamplingMethod.values()) {
            RunResult r = Sampler.run(m, RunSpec.of(3, 1000).withBlockSize(256).withMethod(method).withThreads(2));
            assertEquals(1000, r.samples());
            assertEquals(1000, r.output("u").n());
            assertEquals(1000, r.output("u").mean().n());
            assertEquals(1000, r.output("u").histogram().total());
            assertEquals(1000, r.output("low").probability().n());
            // LHS: every block, the partial one too, is stratified: 1/4 of 256 and of 232 points
            if (method == SamplingMethod.LHS) {
                assertEquals(64 * 3 + 58, r.output("low").probability().successes());
            }
        }
    }

    @Test
    void progressIsReportedAfterEachBlock() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.indicator("low")), (x, y) -> y[0] = x[0] < 0.25 ? 1 : 0);
        List<long[]> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Sampler.run(m, RunSpec.of(3, 40 * 100 + 7).withBlockSize(100).withThreads(2),
                (done, total) -> calls.add(new long[] {done, total}));
        // 41 blocks, one call each (from the worker threads, so in any order); the counts are
        // cumulative within a wave and the last call of the run reports all 4,007 samples.
        assertEquals(41, calls.size());
        assertEquals(4007, calls.stream().mapToLong(c -> c[0]).max().getAsLong());
        assertTrue(calls.stream().allMatch(c -> c[1] == 4007));
    }

    @Test
    void modelExceptionsPropagate() {
        Model m = new ToyModel(ToyModel.independent(new String[] {"u"}, TestDistribution.uniform(0, 1)),
                List.of(OutputSpec.indicator("low")), (x, y) -> {
                    throw new ArithmeticException("boom");
                });
        for (int threads : new int[] {1, 2}) {
            org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                    () -> Sampler.run(m, RunSpec.of(3, 1000).withBlockSize(100).withThreads(threads)));
        }
    }
}

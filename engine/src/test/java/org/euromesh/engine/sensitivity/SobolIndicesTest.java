package org.euromesh.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Fixed;
import org.euromesh.distributions.Normal;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.SamplingMethod;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices against closed forms. Seeds are fixed (and printed), so every run is the same
 * bytes; tolerances are argued per test from the bootstrap standard errors observed.
 */
class SobolIndicesTest {

    private static final double PI = Math.PI;

    /** Ishigami (a = 7, b = 0.1) on U(-π, π)³. */
    static ToyModel ishigami() {
        Distribution u = Uniform.of(-PI, PI);
        return ToyModel.scalar(List.of(u, u, u),
                x -> Math.sin(x[0]) + 7 * Math.sin(x[1]) * Math.sin(x[1]) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
    }

    private static void log(String what, SobolResult r) {
        System.out.println("[sobol] " + what + " seed=" + r.seed() + " N=" + r.samples() + " method=" + r.method()
                + " B=" + r.bootstrap());
        for (SobolOutput o : r.outputs()) {
            for (SobolIndex s : o.inputs()) {
                System.out.printf("  %-6s S=%.4f [%.4f, %.4f]  ST=%.4f [%.4f, %.4f]%n", s.factor(), s.first(),
                        s.firstCi().lo(), s.firstCi().hi(), s.total(), s.totalCi().lo(), s.totalCi().hi());
            }
            for (SobolIndex s : o.groups()) {
                System.out.printf("  group %-6s S=%.4f [%.4f, %.4f]  ST=%.4f [%.4f, %.4f]%n", s.factor(), s.first(),
                        s.firstCi().lo(), s.firstCi().hi(), s.total(), s.totalCi().lo(), s.totalCi().hi());
            }
        }
    }

    /**
     * Truth must lie in the 95% bootstrap interval widened by 1.5 about its centre (≈ ±2.9σ if
     * the bootstrap is normal-ish: a < 0.4% false-failure rate per index, and with the seed fixed
     * the test is deterministic anyway), and within an absolute tolerance.
     */
    private static void assertIndex(double truth, double est, Interval ci, double tol, String what) {
        double mid = 0.5 * (ci.lo() + ci.hi());
        double half = 0.75 * ci.width();
        assertTrue(Math.abs(truth - mid) <= half,
                what + ": truth " + truth + " outside widened interval " + ci + " (estimate " + est + ")");
        assertEquals(truth, est, tol, what);
    }

    @Test
    void ishigamiMatchesKnownIndices() {
        long seed = 20_260_601L;
        SobolResult r = SobolIndices.of(ishigami()).withSeed(seed).withSamples(1 << 14).withBootstrap(300)
                .withThreads(2).run(List.of("y"));
        log("ishigami", r);
        SobolOutput o = r.output("y");
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        // N = 2^14 scrambled Sobol: bootstrap half-widths are ~0.01–0.02 (conservative for RQMC);
        // 0.02 absolute is about 2 bootstrap standard errors of the noisiest index (S1 of x1, x3).
        for (int i = 0; i < 3; i++) {
            SobolIndex s = o.inputs().get(i);
            assertIndex(s1[i], s.first(), s.firstCi(), 0.02, "S" + (i + 1));
            assertIndex(st[i], s.total(), s.totalCi(), 0.02, "ST" + (i + 1));
        }
        assertEquals((1 << 14) * 5L, r.evaluations()); // N·(d + 2)
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void ishigamiWithPlainMonteCarloPoints() {
        long seed = 7L;
        SobolResult r = SobolIndices.of(ishigami()).withSeed(seed).withSamples(1 << 14).withBootstrap(200)
                .withMethod(SamplingMethod.MC).withThreads(2).run(List.of("y"));
        log("ishigami MC", r);
        SobolOutput o = r.output("y");
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        // Plain MC at N = 2^14: standard errors ~0.01–0.02; 0.05 absolute is > 2.5σ for every index.
        for (int i = 0; i < 3; i++) {
            SobolIndex s = o.inputs().get(i);
            assertIndex(s1[i], s.first(), s.firstCi(), 0.05, "S" + (i + 1));
            assertIndex(st[i], s.total(), s.totalCi(), 0.05, "ST" + (i + 1));
        }
    }

    @Test
    void linearModelIndicesAreNormalisedSquaredCoefficients() {
        // y = 2 x1 - 1 x2 + 0.5 x3 + 3 x4 (x4 fixed), x1 ~ N(0,1), x2 ~ U(0, 2√3) (σ = 1), x3 ~ N(5, 2)
        List<Distribution> d = List.of(Normal.of(0, 1), Uniform.of(0, 2 * Math.sqrt(3)), Normal.of(5, 2), Fixed.of(1));
        double[] c = {2, -1, 0.5, 3};
        ToyModel m = ToyModel.scalar(d, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3]);
        SobolResult r = SobolIndices.of(m).withSeed(11L).withSamples(1 << 13).withBootstrap(200)
                .withGroups(List.of(InputGroup.of("x1+x2", "x1", "x2"))).run(List.of("y"));
        log("linear", r);
        double[] v = {4 * 1, 1 * 1, 0.25 * 4};
        double total = v[0] + v[1] + v[2];
        SobolOutput o = r.output("y");
        assertEquals(List.of("x4"), r.fixedInputs());
        assertEquals(3, o.inputs().size());
        // An additive model: S_i = ST_i. Jansen's ST is exact row by row for additive terms
        // (f(A) - f(AB_i) = c_i (a_i - b_i)), so its error is just the sampling error of a variance
        // ratio, ~1% at N = 2^13; 0.02 absolute.
        for (int i = 0; i < 3; i++) {
            SobolIndex s = o.inputs().get(i);
            assertIndex(v[i] / total, s.first(), s.firstCi(), 0.02, "S" + (i + 1));
            assertIndex(v[i] / total, s.total(), s.totalCi(), 0.02, "ST" + (i + 1));
        }
        SobolIndex g = o.index("x1+x2");
        assertIndex((v[0] + v[1]) / total, g.first(), g.firstCi(), 0.02, "S(x1,x2)");
        assertIndex((v[0] + v[1]) / total, g.total(), g.totalCi(), 0.02, "ST(x1,x2)");
        assertEquals((1 << 13) * (3 + 1 + 2L), r.evaluations());
    }

    @Test
    void sobolGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        Distribution u = Uniform.of(0, 1);
        ToyModel m = ToyModel.scalar(Collections.nCopies(8, u), x -> {
            double p = 1;
            for (int i = 0; i < 8; i++) {
                p *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return p;
        });
        SobolResult r = SobolIndices.of(m).withSeed(3L).withSamples(1 << 13).withBootstrap(200).run(List.of("y"));
        log("g-function", r);
        double[] vi = new double[8];
        double prod = 1;
        for (int i = 0; i < 8; i++) {
            vi[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        SobolOutput o = r.output("y");
        for (int i = 0; i < 8; i++) {
            double s1 = vi[i] / v;
            // ST_i = V_i Π_{j≠i}(1 + V_j) / V
            double sti = vi[i] * prod / (1 + vi[i]) / v;
            SobolIndex s = o.inputs().get(i);
            // N = 2^13 scrambled Sobol; |x| kinks make the g-function the hardest of the three:
            // bootstrap half-widths ~0.03 for x1; 0.03 absolute.
            assertIndex(s1, s.first(), s.firstCi(), 0.03, "S" + (i + 1));
            assertIndex(sti, s.total(), s.totalCi(), 0.03, "ST" + (i + 1));
        }
    }

    @Test
    void resultIsIdenticalOnOneTwoAndFourThreads() {
        SobolIndices base = SobolIndices.of(ishigami()).withSeed(99L).withSamples(3000).withBootstrap(50)
                .withBlockSize(128).withGroups(List.of(InputGroup.of("x1x3", "x1", "x3")));
        for (SamplingMethod method : List.of(SamplingMethod.SOBOL, SamplingMethod.MC)) {
            SobolResult one = base.withMethod(method).withThreads(1).run(List.of("y"));
            assertEquals(one, base.withMethod(method).withThreads(2).run(List.of("y")));
            assertEquals(one, base.withMethod(method).withThreads(4).run(List.of("y")));
        }
    }

    @Test
    void rareIndicatorIsFlagged() {
        // 1{x1 > 0.999}: about 2 of 2N = 2048 paths are 1.
        ToyModel m = new ToyModel(InputSpace.independent(ToyModel.inputs(List.of(Uniform.of(0, 1), Uniform.of(0, 1)))),
                List.of(OutputSpec.indicator("w")), (x, y) -> y[0] = x[0] > 0.999 ? 1 : 0);
        SobolResult r = SobolIndices.of(m).withSeed(2L).withSamples(1024).withBootstrap(10).run(List.of("w"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("rarer value")), r.warnings().toString());
        // Reports show the note, not the (meaningless) indices; the same output on common paths is estimable.
        SobolOutput w = r.outputs().get(0);
        assertFalse(w.estimable());
        assertTrue(w.note().startsWith("not estimable: the output took its rarer value on only "), w.note());
        ToyModel common = new ToyModel(m.inputs(), m.outputs(), (x, y) -> y[0] = x[0] > 0.5 ? 1 : 0);
        SobolOutput c = SobolIndices.of(common).withSeed(2L).withSamples(1024).withBootstrap(10).run(List.of("w"))
                .outputs().get(0);
        assertTrue(c.estimable(), c.note());
    }

    @Test
    void correlatedInputsAreFlaggedAndConstantOutputsAreUndefined() {
        Distribution u = Uniform.of(0, 1);
        InputSpace space = new InputSpace(ToyModel.inputs(List.of(u, u, u)), new int[] {0, 2},
                new double[][] {{1, 0.5}, {0.5, 1}});
        ToyModel m = new ToyModel(space, List.of(OutputSpec.value("y", "-", -10, 10, 10),
                OutputSpec.indicator("one"), OutputSpec.time("t", 24.0)), (x, y) -> {
                    y[0] = x[0] + x[1];
                    y[1] = 1.0;
                    // censored (+inf) when x3 > 0.75: clipped to the 24-year horizon
                    y[2] = x[2] > 0.75 ? Double.POSITIVE_INFINITY : 10 * x[2];
                });
        SobolResult r = SobolIndices.of(m).withSeed(5L).withSamples(1024).withBootstrap(20).run(List.of("y", "one", "t"));
        assertTrue(r.warnings().get(0).startsWith("inputs x1, x3 are rank-correlated in the model (Gaussian copula);"
                + " Sobol indices here are computed with them independent"), r.warnings().toString());
        assertTrue(Double.isNaN(r.output("one").inputs().get(0).first()));
        assertTrue(!r.output("one").note().isEmpty());
        assertEquals(0.25, r.output("t").censoredFraction(), 0.03); // binomial sd at 2N = 2048: 0.01
        assertTrue(Double.isFinite(r.output("t").index("x3").total()));
        // t depends on x3 alone, so f(AB_3) = f(B) and ST_3 = mean((f(A) - f(B))²)/2 / V: 1 up to
        // sampling noise of a variance ratio at N = 1024 (a few %); 0.1.
        assertEquals(1.0, r.output("t").index("x3").total(), 0.1);
        assertEquals(0.0, r.output("t").index("x1").total(), 1e-12); // f(AB_1) = f(A) exactly
    }
}

package org.euromesh.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Normal;
import org.euromesh.distributions.SpearmanCorrelation;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    @Test
    void ranksAverageTies() {
        double[] r = SpearmanCorrelation.ranks(new double[] {0, 1, 0, 1, 1});
        assertEquals(List.of(1.5, 4.0, 1.5, 4.0, 4.0), java.util.Arrays.stream(r).boxed().toList());
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        double[] y = {2, 7, 1, 8, 2, 8, 1, 8};
        // Independent oracle: commons-math3's Spearman (average ranks for ties).
        assertEquals(new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(x, y),
                SpearmanCorrelation.pearson(SpearmanCorrelation.ranks(x), SpearmanCorrelation.ranks(y)), 1e-12);
    }

    @Test
    void knownSpearmanCorrelations() {
        // x1, x2 ~ N(0,1) iid; outputs:
        //  a = x1 + 0.01 x3 (x3 ~ U(-1,1)): ρ(x1, a) ≈ 1
        //  b = x1 + x2: Pearson 1/√2 with each, Spearman (6/π) asin(r/2) = 0.68260
        //  w = 1{x1 > 0}: ρ(x1, w) = corr(U, 1{U > 1/2}) = √3/2 = 0.86603 (ties averaged)
        List<Distribution> d = List.of(Normal.of(0, 1), Normal.of(0, 1), Uniform.of(-1, 1));
        ToyModel m = new ToyModel(InputSpace.independent(ToyModel.inputs(d)),
                List.of(OutputSpec.value("a", "-", -10, 10, 10), OutputSpec.value("b", "-", -10, 10, 10),
                        OutputSpec.indicator("w")), (x, y) -> {
                            y[0] = x[0] + 0.01 * x[2];
                            y[1] = x[0] + x[1];
                            y[2] = x[0] > 0 ? 1 : 0;
                        });
        long seed = 424_242L;
        RankCorrelationResult r = RankCorrelation.of(m).withSeed(seed).withSamples(20_000).withBootstrap(200)
                .withThreads(2).run(List.of("a", "b", "w"));
        System.out.println("[rank] seed=" + seed + " N=20000 B=200");
        for (RankCorrelationOutput o : r.outputs()) {
            for (RankCorrelationEntry e : o.entries()) {
                System.out.printf("  %s~%s rho=%.4f %s share=%.4f %s%n", o.output(), e.input(), e.rho(), e.rhoCi(),
                        e.share(), e.shareCi());
            }
        }
        RankCorrelationOutput a = r.output("a");
        assertEquals("x1", a.entries().get(0).input());
        assertTrue(a.entry("x1").rho() > 0.999, "ρ(x1, a) = " + a.entry("x1").rho());
        // sd of a Spearman ρ near 0.68 at N = 20,000: ≈ (1 - ρ²)/√N ≈ 0.004; 0.015 is > 3σ.
        double b = 6 / Math.PI * Math.asin(0.5 / Math.sqrt(2));
        RankCorrelationEntry bx1 = r.output("b").entry("x1");
        assertEquals(b, bx1.rho(), 0.015);
        assertTrue(widen(bx1.rhoCi()).contains(b), bx1.rhoCi() + " vs " + b);
        assertEquals(b, r.output("b").entry("x2").rho(), 0.015);
        assertEquals(0.5, r.output("b").entry("x1").share(), 0.03);
        assertEquals(0.0, r.output("b").entry("x3").rho(), 0.03); // sd 1/√N = 0.007
        RankCorrelationEntry w = r.output("w").entry("x1");
        assertEquals(Math.sqrt(3) / 2, w.rho(), 0.01);
        assertTrue(widen(w.rhoCi()).contains(Math.sqrt(3) / 2), w.rhoCi().toString());
    }

    /** The 95% interval widened by 1.5 about its centre (≈ ±2.9σ). */
    private static Interval widen(Interval ci) {
        double mid = 0.5 * (ci.lo() + ci.hi());
        double half = 0.75 * ci.width();
        return new Interval(mid - half, mid + half);
    }

    @Test
    void copulaIsApplied() {
        // y = x1 with x1, x2 rank-correlated at ρ_s = 0.5: ρ(x2, y) ≈ 0.5 (sd ≈ 0.75/√N = 0.007 at N = 10,000).
        Distribution u = Uniform.of(0, 1);
        InputSpace space = new InputSpace(ToyModel.inputs(List.of(u, Normal.of(3, 2))), new int[] {0, 1},
                new double[][] {{1, 0.5}, {0.5, 1}});
        ToyModel m = new ToyModel(space, List.of(OutputSpec.value("y", "-", -10, 10, 10)), (x, y) -> y[0] = x[0]);
        RankCorrelationResult r = RankCorrelation.of(m).withSeed(8L).withSamples(10_000).withBootstrap(100)
                .run(List.of("y"));
        assertEquals(0.5, r.output("y").entry("x2").rho(), 0.03);
    }

    @Test
    void identicalOnOneTwoAndFourThreads() {
        Distribution u = Uniform.of(0, 1);
        InputSpace space = new InputSpace(ToyModel.inputs(List.of(u, u, u)), new int[] {0, 1},
                new double[][] {{1, 0.3}, {0.3, 1}});
        ToyModel m = new ToyModel(space, List.of(OutputSpec.value("y", "-", -10, 10, 10)),
                (x, y) -> y[0] = x[0] * x[1] + Math.exp(x[2]));
        RankCorrelation base = RankCorrelation.of(m).withSeed(77L).withSamples(5000).withBootstrap(40).withBlockSize(512);
        RankCorrelationResult one = base.withThreads(1).run(List.of("y"));
        assertEquals(one, base.withThreads(2).run(List.of("y")));
        assertEquals(one, base.withThreads(4).run(List.of("y")));
    }
}

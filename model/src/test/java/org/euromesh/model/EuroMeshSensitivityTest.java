package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.euromesh.engine.sensitivity.*;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.engine.sensitivity.TornadoChart;
import org.euromesh.engine.sensitivity.RankCorrelationResult;
import org.euromesh.params.ParameterLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Smoke test of the full analysis on the shipped baseline (small N: runs in seconds). */
class EuroMeshSensitivityTest {

    private static EuroMeshModel model;

    @BeforeAll
    static void load() {
        model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA), "405B");
    }

    @Test
    void centralsReproduceTheDeterministicRun() {
        double[] y = new double[model.outputs().size()];
        model.newEvaluator().evaluate(EuroMeshSensitivity.centrals(model), y);
        double[] central = model.evaluateCentral();
        for (int i = 0; i < y.length; i++) {
            assertEquals(Double.doubleToLongBits(central[i]), Double.doubleToLongBits(y[i]), "output " + i);
        }
    }

    @Test
    void defaultGroups() {
        List<InputGroup> g = EuroMeshSensitivity.defaultGroups(model.inputs());
        assertEquals(List.of(EuroMeshSensitivity.GROUP_DILOCO, EuroMeshSensitivity.GROUP_MEDIUM_LEAD,
                EuroMeshSensitivity.GROUP_CAMPUS, EuroMeshSensitivity.GROUP_PUBLIC,
                EuroMeshSensitivity.GROUP_DILOCO_SCALE, EuroMeshSensitivity.GROUP_ALLOCATION),
                g.stream().map(InputGroup::name).toList());
        assertEquals(7, g.get(1).inputs().size());
        assertEquals(List.of("q_slope", "diloco_fails_u"), g.get(4).inputs());
        assertTrue(g.get(5).inputs().contains("allocation_u") && g.get(5).inputs().contains("f_inst"));
        assertTrue(g.get(1).inputs().contains("region.france.lead_medium"));
    }

    @Test
    void fullAnalysisOf405B() {
        long seed = 2026L;
        long t0 = System.nanoTime();
        SensitivityResult r = EuroMeshSensitivity.analysis(model).withSeed(seed).withRankSamples(4000)
                .withSobolSamples(1 << 10).withBootstrap(100).withThreads(2)
                .withTornadoOutputs(List.of("405B.t_fed", "405B.t_campus", "405B.lead"))
                .withRankOutputs(List.of("405B.lead", "405B.win"))
                .withSobolOutputs(List.of("405B.lead", "405B.win")).run();
        System.out.printf("[euromesh] seed=%d sobol N=%d evaluations=%d, %.1f s%n", seed, r.sobol().samples(),
                r.sobol().evaluations(), (System.nanoTime() - t0) / 1e9);
        print(r);

        TornadoChart lead = r.tornado("405B.lead");
        assertTrue(lead.topInputs(3).contains("tau_mega"), lead.topInputs(5).toString());
        assertFalse(lead.bars().isEmpty());
        for (TornadoChart t : r.tornado()) {
            for (TornadoBar b : t.bars()) {
                assertTrue(Double.isFinite(b.swing()), b.toString());
            }
        }
        assertNotNull(r.sobol());
        SobolOutput sl = r.sobol().output("405B.lead");
        assertTrue(sl.variance() > 0);
        for (SobolIndex s : sl.inputs()) {
            assertTrue(Double.isFinite(s.first()) && Double.isFinite(s.total()), s.toString());
            assertTrue(Double.isFinite(s.firstCi().lo()) && Double.isFinite(s.totalCi().hi()), s.toString());
        }
        for (SobolIndex s : sl.groups()) {
            assertTrue(Double.isFinite(s.first()) && Double.isFinite(s.total()), s.toString());
        }
        assertEquals("tau_mega", sl.byTotal().get(0).factor());
        assertTrue(r.warnings().get(0).contains("tau_mega"), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("computed with them independent"));
        RankCorrelationOutput rl = r.rankCorrelation().output("405B.lead");
        assertTrue(rl.entries().stream().allMatch(e -> Double.isFinite(e.rho())));
    }

    @Test
    void fullAnalysisIsIdenticalOnOneTwoAndFourThreads() {
        // Small sizes with several blocks (rank: 1500 paths in blocks of 1024; Sobol: 300 rows in blocks of 256).
        SensitivityAnalysis a = EuroMeshSensitivity.analysis(model).withSeed(31L).withRankSamples(1500)
                .withSobolSamples(300).withBootstrap(20)
                .withOutputs(List.of("405B.lead", "frontier-2028.lead", "frontier-2028.win"));
        SensitivityResult one = a.withThreads(1).run();
        assertEquals(one, a.withThreads(2).run());
        assertEquals(one, a.withThreads(4).run());
        assertEquals(31L, one.settings().seed());
    }

    static void print(SensitivityResult r) {
        for (String w : r.warnings()) {
            System.out.println("  WARNING " + w);
        }
        for (TornadoChart t : r.tornado()) {
            System.out.printf("  tornado %s central=%.3f%s%n", t.output(), t.central(), t.centralCensored() ? " (censored)" : "");
            for (TornadoBar b : t.top(6)) {
                System.out.printf("    %-32s %9.3g..%-9.3g -> %8.3f..%-8.3f swing %+8.3f%s%n", b.input(), b.lowValue(),
                        b.highValue(), b.outputAtLow(), b.outputAtHigh(), b.swing(), b.censored() ? " C" : "");
            }
        }
        if (r.rankCorrelation() != null) {
            for (RankCorrelationOutput o : r.rankCorrelation().outputs()) {
                System.out.printf("  rank %s (censored %.3f) %s%n", o.output(), o.censoredFraction(), o.note());
                for (RankCorrelationEntry e : o.entries().subList(0, Math.min(6, o.entries().size()))) {
                    System.out.printf("    %-32s rho %+.3f [%+.3f, %+.3f] share %.3f%n", e.input(), e.rho(), e.rhoCi().lo(),
                            e.rhoCi().hi(), e.share());
                }
            }
        }
        if (r.sobol() != null) {
            for (SobolOutput o : r.sobol().outputs()) {
                System.out.printf("  sobol %s mean=%.3f var=%.3f censored %.3f %s%n", o.output(), o.mean(), o.variance(),
                        o.censoredFraction(), o.note());
                for (SobolIndex s : o.byTotal().subList(0, Math.min(6, o.inputs().size()))) {
                    System.out.printf("    %-32s S %.3f [%.3f, %.3f] ST %.3f [%.3f, %.3f]%n", s.factor(), s.first(),
                            s.firstCi().lo(), s.firstCi().hi(), s.total(), s.totalCi().lo(), s.totalCi().hi());
                }
                for (SobolIndex s : o.groups()) {
                    System.out.printf("    group %-26s S %.3f [%.3f, %.3f] ST %.3f [%.3f, %.3f]%n", s.factor(), s.first(),
                            s.firstCi().lo(), s.firstCi().hi(), s.total(), s.totalCi().lo(), s.totalCi().hi());
                }
            }
        }
    }
}

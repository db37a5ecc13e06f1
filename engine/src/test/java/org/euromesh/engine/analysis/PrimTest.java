package org.euromesh.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.ToyModel;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.OutputSpec;
import org.junit.jupiter.api.Test;

/**
 * PRIM on toy models whose answer is known. Seeds are fixed and written here; each assertion
 * states how often it would fail on a random seed.
 */
class PrimTest {

    private static final long SEED = 20261201L;
    private static final int N = 40_000;
    private static final List<String> CANDIDATES = List.of("x1", "x2", "x3", "x4", "x5", "x6");

    /**
     * Inputs x1..x6 ~ U(0, 1) and a seventh, {@code noise} ~ U(0, 1), that only makes the outcome
     * random: win = noise &lt; 0.9 inside the box {x1 &lt; 0.3, x2 &gt; 0.6}, noise &lt; 0.05 outside.
     * Closed form: mass 0.3·0.4 = 0.12, density 0.9, P(win) = 0.108 + 0.88·0.05 = 0.152,
     * coverage 0.108/0.152 = 0.7105.
     */
    private static PathSample boxSample(long seed, boolean independent) {
        List<Distribution> d = new ArrayList<>(Collections.nCopies(7, Uniform.of(0, 1)));
        List<String> names = new ArrayList<>(CANDIDATES);
        names.add("noise");
        ToyModel m = new ToyModel(ToyModel.independent(names.toArray(String[]::new), d.toArray(Distribution[]::new)),
                List.of(OutputSpec.indicator("win")), (x, y) -> {
                    boolean in = x[0] < 0.3 && x[1] > 0.6;
                    y[0] = independent ? (x[6] < 0.152 ? 1 : 0) : (x[6] < (in ? 0.9 : 0.05) ? 1 : 0);
                });
        return PathSample.draw(m, List.of("win"), seed, N, 1024, 2, ProgressListener.NONE);
    }

    private static PrimResult prim(PathSample s) {
        return prim(s, Prim.DEFAULT_MIN_MASS);
    }

    private static PrimResult prim(PathSample s, double minMass) {
        double[][] x = CANDIDATES.stream().map(s::inputColumn).toArray(double[][]::new);
        double[] w = s.outputColumn("win");
        boolean[] y = new boolean[w.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = w[j] == 1.0;
        }
        return Prim.of(CANDIDATES, x, y).withMinMass(minMass).run();
    }

    @Test
    void recoversAKnownBox() {
        PrimResult r = prim(boxSample(SEED, false));
        assertTrue(r.hasBox() && r.significant(), "box found and significant: " + r);
        // Exactly the two true restrictions survive pruning (noise peels are dropped).
        assertEquals(List.of("x1", "x2"), r.box().stream().map(Restriction::input).sorted().toList(), r.box().toString());
        Restriction x1 = r.box().stream().filter(b -> b.input().equals("x1")).findFirst().orElseThrow();
        Restriction x2 = r.box().stream().filter(b -> b.input().equals("x2")).findFirst().orElseThrow();
        assertFalse(x1.hasLower());
        assertFalse(x2.hasUpper());
        // Sampling error of a bound: a peel near the edge moves it by 5% of the box's paths (0.015 to
        // 0.02 in x here) and the outside noise (density 0.05) blurs the edge. Over seeds 1..20 every
        // bound was within 0.015 of the truth; 0.04 leaves a wide margin.
        assertEquals(0.3, x1.hi(), 0.04);
        assertEquals(0.6, x2.lo(), 0.04);
        // Held-out measures against the closed form, 4 binomial standard errors on N/2 paths
        // plus the effect of the bounds' error (mass moves by ~0.4·0.04 per bound): a false failure
        // needs a 4-sigma excursion, rate < 1e-4.
        assertEquals(0.12, r.mass().p(), 4 * Math.sqrt(0.12 * 0.88 / (N / 2.0)) + 0.02);
        assertEquals(0.9, r.density().p(), 4 * Math.sqrt(0.9 * 0.1 / (0.12 * N / 2)) + 0.03);
        assertEquals(0.7105, r.coverage().p(), 4 * Math.sqrt(0.71 * 0.29 / (0.152 * N / 2)) + 0.05);
        assertTrue(r.pValue() < 1e-12, "p = " + r.pValue());
        // The trajectory starts at the whole space and shrinks monotonically.
        assertEquals(1.0, r.trajectory().get(0).trainMass());
        for (int s = 1; s < r.trajectory().size(); s++) {
            assertTrue(r.trajectory().get(s).trainMass() < r.trajectory().get(s - 1).trainMass());
        }
    }

    /**
     * Outcome independent of every candidate input: no box may be claimed significant. PRIM is
     * pushed to overfit (boxes down to 0.2% of the paths, 40 training paths), so on the training
     * half it does find boxes twice as dense as the base rate, and the held-out test must reject
     * them. That test has level alpha = 0.01: over seeds 101..140 one of 40 was significant
     * (p = 0.003), as a 1% level predicts; these five fixed seeds give p = 0.046, 0.51, 0.77,
     * 0.28, 0.016. On random seeds the assertion fails with probability about 1 − 0.99^5 ≈ 5%.
     */
    @Test
    void claimsNoBoxWhenTheOutcomeIgnoresTheInputs() {
        int chosen = 0;
        for (long seed = 101; seed <= 105; seed++) {
            PrimResult r = prim(boxSample(seed, true), 0.002);
            chosen += r.hasBox() ? 1 : 0;
            assertFalse(r.significant(), "seed " + seed + ": spurious box " + r.box() + " p = " + r.pValue());
        }
        assertEquals(5, chosen, "training-half boxes exist, so the held-out test is what rejects them");
    }

    /**
     * A discrete input: peels of a 0/1 column remove every tied path at once, so the box can only
     * say "x1 > 0" (exclusive bound at the lower value). Win iff x1 = 1 and x2 < 0.5, no noise:
     * the box must be exactly that, with density 1 on the held-out half.
     */
    @Test
    void tiedValuesArePeeledTogether() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(SEED);
        int n = 20_000;
        double[][] x = new double[3][n];
        boolean[] y = new boolean[n];
        for (int j = 0; j < n; j++) {
            x[0][j] = rng.nextDouble() < 0.5 ? 1 : 0;
            x[1][j] = rng.nextDouble();
            x[2][j] = rng.nextDouble();
            y[j] = x[0][j] == 1 && x[1][j] < 0.5;
        }
        PrimResult r = Prim.of(List.of("x1", "x2", "x3"), x, y).run();
        assertEquals(List.of("x1", "x2"), r.box().stream().map(Restriction::input).sorted().toList(), r.box().toString());
        Restriction x1 = r.box().stream().filter(b -> b.input().equals("x1")).findFirst().orElseThrow();
        assertEquals(0.0, x1.lo());
        assertFalse(x1.hasUpper());
        Restriction x2 = r.box().stream().filter(b -> b.input().equals("x2")).findFirst().orElseThrow();
        // The last peel stops within one 5% step of the edge (0.5 ± 0.03 in x2).
        assertEquals(0.5, x2.hi(), 0.03);
        assertTrue(r.density().p() > 0.95 && r.coverage().p() > 0.9, r.toString());
    }

    @Test
    void sampleAndBoxDoNotDependOnThreads() {
        List<Distribution> d = Collections.nCopies(3, Uniform.of(0, 1));
        ToyModel m = new ToyModel(InputSpace.independent(ToyModel.inputs(d)), List.of(OutputSpec.indicator("w")),
                (x, y) -> y[0] = x[0] + 0.3 * x[1] > 0.9 ? 1 : 0);
        PathSample a = PathSample.draw(m, List.of("w"), SEED, 5000, 256, 1, ProgressListener.NONE);
        PathSample b = PathSample.draw(m, List.of("w"), SEED, 5000, 256, 3, ProgressListener.NONE);
        for (String in : List.of("x1", "x2", "x3")) {
            assertTrue(java.util.Arrays.equals(a.inputColumn(in), b.inputColumn(in)));
        }
        assertTrue(java.util.Arrays.equals(a.outputColumn("w"), b.outputColumn("w")));
    }

    @Test
    void badSettingsAreRejected() {
        double[][] x = {new double[200]};
        boolean[] y = new boolean[200];
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Prim.of(List.of("a"), x, y).withPeel(0.6));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Prim.of(List.of("a"), x, new boolean[10]));
    }

    @Test
    void progressCountsPeeledPathsUpToItsTotalAndChangesNothing() {
        PathSample s = boxSample(SEED, false);
        double[][] x = CANDIDATES.stream().map(s::inputColumn).toArray(double[][]::new);
        double[] w = s.outputColumn("win");
        boolean[] y = new boolean[w.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = w[j] == 1.0;
        }
        List<long[]> seen = new ArrayList<>();
        PrimResult r = Prim.of(CANDIDATES, x, y).run((done, total) -> seen.add(new long[] {done, total}));
        assertEquals(prim(s), r, "a listener cannot change the result");
        assertTrue(seen.size() > 10, "one count per peel, about 60 peels of 5% down to 5% mass: " + seen.size());
        long total = seen.get(0)[1];
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(total, seen.get(i)[1]);
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "monotone on one thread");
        }
        assertEquals(total, seen.get(seen.size() - 1)[0], "ends at its total");
    }
}

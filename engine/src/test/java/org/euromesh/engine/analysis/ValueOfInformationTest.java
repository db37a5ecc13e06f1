package org.euromesh.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.euromesh.engine.sensitivity.InputGroup;
import org.junit.jupiter.api.Test;

/**
 * EVPI and EVPPI against a decision with closed forms. Option A loses 10 + D, option B loses 10,
 * with the incremental loss D = μ + b1·x1 + b2·x2 + ε, x1, x2, x3, ε independent N(0, 1)
 * (x3 is irrelevant). Then E[D | x_g] ~ N(μ, σ_g²) with σ_g² the sum of the group's b², and
 * <pre>
 *   EVPPI(g) = E[max(0, N(μ, σ_g²))] − max(0, μ) = μ·Φ(μ/σ_g) + σ_g·φ(μ/σ_g) − max(0, μ)
 * </pre>
 * EVPI is the same with σ² = b1² + b2² + 1. The oracle is commons-math3's normal distribution.
 */
class ValueOfInformationTest {

    private static final long SEED = 20261201L;
    private static final int N = 100_000;
    private static final double MU = 0.5;
    private static final double B1 = 1.0;
    private static final double B2 = 2.0;

    private static PathSample sample(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[3][N];
        double[][] y = new double[2][N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < 3; i++) {
                x[i][j] = rng.nextGaussian();
            }
            double dd = MU + B1 * x[0][j] + B2 * x[1][j] + rng.nextGaussian();
            y[0][j] = 10 + dd;
            y[1][j] = 10;
        }
        return PathSample.of(List.of("x1", "x2", "x3"), x, List.of("a", "b"), y);
    }

    static double closedForm(double mu, double sigma) {
        if (sigma == 0) {
            return 0;
        }
        NormalDistribution z = new NormalDistribution(0, 1);
        return mu * z.cumulativeProbability(mu / sigma) + sigma * z.density(mu / sigma) - Math.max(0, mu);
    }

    private static final List<InputGroup> GROUPS = List.of(InputGroup.of("x1", "x1"), InputGroup.of("x2", "x2"),
            InputGroup.of("x1 and x2", "x1", "x2"), InputGroup.of("x3", "x3"));

    /**
     * Tolerance 0.02 (years, say): the estimator's standard error here is about 0.004 (the sd of
     * max(0, ĝ), at most 1.5, over √N; the bootstrap intervals are ~0.015 wide), plus the
     * regression's O(p/N) noise-fitting bias (p ≤ 14 columns: below 0.001). Over seeds 1..5 the
     * largest error was 0.010. 0.02 is five standard errors: false-failure rate below 1e-6.
     */
    @Test
    void evpiAndEvppiMatchTheirClosedForms() {
        VoiResult r = ValueOfInformation.of(sample(SEED), "a", "b").withGroups(GROUPS).withSeed(7).withBootstrap(100)
                .run();
        double evpi = closedForm(MU, Math.sqrt(B1 * B1 + B2 * B2 + 1));
        assertEquals(evpi, r.evpi(), 0.02, "EVPI");
        assertEquals(closedForm(MU, B1), r.group("x1").value(), 0.02, "EVPPI x1");
        assertEquals(closedForm(MU, B2), r.group("x2").value(), 0.02, "EVPPI x2");
        assertEquals(closedForm(MU, Math.sqrt(B1 * B1 + B2 * B2)), r.group("x1 and x2").value(), 0.02, "EVPPI x1, x2");
        assertEquals(0.0, r.group("x3").value(), 0.02, "an irrelevant input is worth nothing");
        assertTrue(r.group("x1 and x2").value() <= r.evpi());
        // B is better on average (E D = 0.5 > 0): the choice without information is B.
        assertTrue(r.bIsBetter());
        assertEquals(10 + MU, r.meanLossA(), 4 * Math.sqrt(6.0 / N));
        // The bootstrap intervals cover the truth (each a 95% interval; with fixed seeds a miss
        // would be a 1-in-20 event per interval, none occurs for these seeds).
        assertTrue(r.evpiCi().contains(evpi), r.evpiCi() + " vs " + evpi);
        assertTrue(r.group("x2").ci().contains(closedForm(MU, B2)), r.group("x2").ci().toString());
        assertTrue(r.group("x2").rSquared() > 0.6 && r.group("x2").rSquared() < 0.73, "R² of x2 is 4/6");
    }

    /**
     * A jump: D = 5 where x1 &lt; 0.31, −2 elsewhere, plus N(0, 1) noise; x1 ~ U(0, 1). Then
     * E[max(0, E[D | x1])] = 0.31·5 = 1.55, E D = 1.55 − 0.69·2 = 0.17, EVPPI(x1) = 1.38 (the
     * EVPI adds the noise's share). A smooth spline blurs the jump; the estimator must choose the
     * cell means, whose one straddling cell (width 0.02) costs at most 0.02·(5 − 1.5)/2 ≈ 0.035 of
     * bias. Tolerance 0.06: that bias plus four standard errors (0.006 each: sd of max(0, g) ≈ 2.3
     * over √N); the smooth toy above keeps its splines.
     */
    @Test
    void aJumpIsFollowedByCellMeans() {
        SplittableRandom rng = new SplittableRandom(SEED + 2);
        double[][] x = new double[1][N];
        double[][] y = new double[2][N];
        for (int j = 0; j < N; j++) {
            x[0][j] = rng.nextDouble();
            y[0][j] = 10 + (x[0][j] < 0.31 ? 5 : -2) + rng.nextGaussian();
            y[1][j] = 10;
        }
        VoiResult r = ValueOfInformation.of(PathSample.of(List.of("x1"), x, List.of("a", "b"), y), "a", "b")
                .withGroups(List.of(InputGroup.of("x1", "x1"))).withBootstrap(0).run();
        assertEquals(Evppi.CELL_MEANS, r.group("x1").estimator());
        assertEquals(1.38, r.group("x1").value(), 0.06);
        VoiResult smooth = ValueOfInformation.of(sample(SEED), "a", "b").withGroups(GROUPS).withBootstrap(0).run();
        assertEquals(Evppi.SPLINES, smooth.group("x2").estimator(), "a linear g keeps the splines");
    }

    @Test
    void resultDoesNotDependOnThreads() {
        PathSample s = sample(SEED + 1);
        VoiResult one = ValueOfInformation.of(s, "a", "b").withGroups(GROUPS).withBootstrap(20).withThreads(1).run();
        VoiResult three = ValueOfInformation.of(s, "a", "b").withGroups(GROUPS).withBootstrap(20).withThreads(3).run();
        assertEquals(one, three);
    }

    @Test
    void solvesSmallSystemsExactly() {
        // [[4, 2], [2, 3]] β = [2, 5]  →  β = (-0.5, 2)
        double[] beta = ValueOfInformation.solve(new double[] {4, 2, 0, 3}, new double[] {2, 5}, 2);
        assertEquals(-0.5, beta[0], 1e-6);
        assertEquals(2.0, beta[1], 1e-6);
    }
}

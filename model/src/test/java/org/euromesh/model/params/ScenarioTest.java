package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.euromesh.model.params.TestFolders.assertMessage;
import static org.euromesh.model.params.TestFolders.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.euromesh.distributions.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped overlays do exactly what docs/MODEL.md §5 says. */
class ScenarioTest {

    private static final double EPS = 1e-9;
    private static final ParameterSet BASE = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);

    /** Mode of a PERT from its mean and range: mean = (a + 4m + b) / 6. */
    private static double pertMode(Distribution d) {
        return (6 * d.mean() - d.lowerBound() - d.upperBound()) / 4;
    }

    @Test
    void optimistic() {
        ParameterSet s = ParameterLoader.scenario(BASE, "optimistic");
        assertEquals("optimistic", s.scenario());
        Parameter tau = s.scalar("tau_mega");
        assertEquals(5.5, tau.central(), EPS);
        assertEquals(2, tau.distribution().lowerBound(), EPS);
        assertEquals(10, tau.distribution().upperBound(), EPS);
        assertEquals(5.5, tau.distribution().mean(), EPS);
        assertEquals(5.25, pertMode(tau.distribution()), 1e-9);
        assertEquals("pert(min=2, max=10, mean=5.5)", tau.specText());

        Parameter f = s.scalar("f_addr");
        assertEquals(0.35, f.central(), EPS);
        assertEquals(0.05, f.distribution().lowerBound(), EPS); // range kept, mode moved to 0.35
        assertEquals(0.35, f.distribution().upperBound(), EPS);
        assertEquals((0.05 + 0.35 + 0.35) / 3, f.distribution().mean(), EPS);
        assertEquals(0.5, s.scalar("t_coord").central(), EPS);
        assertEquals(0.5, s.scalar("t_coord").distribution().lowerBound(), EPS);
        assertEquals(3.0, s.scalar("t_coord").distribution().upperBound(), EPS);
        assertEquals(1.0, s.scalar("alpha0").central(), EPS);
        assertEquals(1.0, pertMode(s.scalar("alpha0").distribution()), 1e-9);

        // medium lead times at their low; range unchanged; 1 GW lead times untouched
        assertEquals(2.0, s.region("france").leadMedium().central(), EPS);
        assertEquals(2.0, pertMode(s.region("france").leadMedium().distribution()), 1e-9);
        assertEquals(6.0, s.region("france").leadMedium().distribution().upperBound(), EPS);
        assertEquals(1.5, s.region("nordics_no_se_fi").leadMedium().central(), EPS);
        assertEquals(4.0, s.region("ireland").leadMedium().central(), EPS);
        assertEquals(5.5, s.region("france").lead1gw().central(), EPS);
        // untouched parameters are the baseline's objects
        assertSame(BASE.scalar("u"), s.scalar("u"));
        assertTrue(s.publicSubstrate());
    }

    @Test
    void pessimistic() {
        ParameterSet s = ParameterLoader.scenario(BASE, "pessimistic");
        Parameter tau = s.scalar("tau_mega");
        assertEquals(9.5, tau.central(), EPS);
        assertEquals(2, tau.distribution().lowerBound(), EPS);
        assertEquals(13, tau.distribution().upperBound(), EPS);
        assertEquals(9.5, tau.distribution().mean(), EPS);
        assertEquals(10.5, pertMode(tau.distribution()), 1e-9);
        assertEquals(0.05, s.scalar("f_addr").central(), EPS);
        assertEquals(0.05, s.scalar("f_addr").distribution().lowerBound(), EPS);
        assertEquals(3.0, s.scalar("t_coord").central(), EPS);
        assertEquals(1.35, s.scalar("alpha0").central(), EPS);
        assertEquals(0.40, s.scalar("s_scale").central(), EPS);
        assertEquals(0.40, s.scalar("s_scale").distribution().upperBound(), EPS);
        assertEquals(8.0, s.region("germany").leadMedium().central(), EPS);
        assertEquals(9.0, s.region("ireland").leadMedium().central(), EPS);
        assertEquals(3.0, s.region("germany").leadMedium().distribution().lowerBound(), EPS);
    }

    @Test
    void mediumSitesOnly() {
        ParameterSet s = ParameterLoader.scenario(BASE, "medium-sites-only");
        assertFalse(s.publicSubstrate());
        assertEquals(BASE.scalars(), s.scalars());
        assertEquals(BASE.regions(), s.regions());
        assertEquals(1000, s.meshBudgetMw(), 0);
    }

    @Test
    void baselineIsTheSetItself() {
        assertSame(BASE, ParameterLoader.scenario(BASE, "baseline"));
        assertEquals(List.of("baseline", "optimistic", "pessimistic", "medium-sites-only"),
                ParameterLoader.scenarioNames(BASE));
    }

    @Test
    void unknownScenario() {
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.scenario(BASE, "rosy"));
        assertTrue(e.getMessage().contains("unknown scenario 'rosy'"), e.getMessage());
        assertTrue(e.getMessage().contains("optimistic"), e.getMessage());
    }

    @Test
    void userOverlaysInTheFolder(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Files.writeString(dir.resolve("scenarios/unbounded.yaml"), """
                description: my own
                framing:
                  mesh_budget_mw: unbounded
                scalars:
                  tau_mega: 4          # refit on [2, 10]
                  capex_eur_per_mw:
                    central: 2e7       # policy-derived: re-derived around the new central
                    source: my quote
                regions:
                  france:
                    accessible_mw: 3000
                    lead_medium: high
                  lead_1gw: 20         # outside [low, high]: the range widens
                scorecard_weights: {time: 1, cost: 0, carbon: 0, feasibility: 0}
                """);
        ParameterSet base = ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA);
        assertEquals(List.of("baseline", "optimistic", "pessimistic", "medium-sites-only", "unbounded"),
                ParameterLoader.scenarioNames(base));
        ParameterSet s = ParameterLoader.scenario(base, "unbounded");
        assertTrue(s.meshUnbounded());
        assertEquals(4, s.scalar("tau_mega").distribution().mean(), EPS);
        Parameter capex = s.scalar("capex_eur_per_mw");
        assertEquals(1e7, capex.distribution().lowerBound(), 1e-3);
        assertEquals(3e7, capex.distribution().upperBound(), 1e-3);
        assertEquals("my quote", capex.source());
        assertEquals(new SourceLocation(dir.resolve("scenarios/unbounded.yaml").toString(), 6), capex.origin());
        assertEquals(3000, s.region("france").accessibleMw().central(), EPS);
        assertEquals(6.0, s.region("france").leadMedium().central(), EPS);
        assertEquals(20, s.region("italy").lead1gw().central(), EPS);
        assertEquals(20, s.region("italy").lead1gw().distribution().upperBound(), EPS);
        assertEquals(5.0, s.region("italy").lead1gw().distribution().lowerBound(), EPS);
        assertEquals(1.0, s.weights().time(), 0);

        // a user's file of a shipped name wins over the shipped one
        Files.writeString(dir.resolve("scenarios/optimistic.yaml"), "scalars:\n  f_addr: 0.2\n");
        ParameterSet o = ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "optimistic");
        assertEquals(0.2, o.scalar("f_addr").central(), EPS);
        assertEquals(7.6, o.scalar("tau_mega").central(), EPS);
    }

    @Test
    void infeasibleMeanNeedsAnExplicitDistribution(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path f = dir.resolve("scenarios/late.yaml");
        Files.writeString(f, "scalars:\n  tau_mega:\n    central: 9.5\n");
        ParameterException e = assertThrows(ParameterException.class,
                () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "late"));
        assertMessage(e, f, 2, "tau_mega", "mean 9.5", "8.667");
    }

    @Test
    void unknownRegionInOverlay(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path f = dir.resolve("scenarios/x.yaml");
        Files.writeString(f, "description: x\nregions:\n  france: {lead_medium: 2.5}\n  atlantis:\n    lead_medium: 2\n");
        ParameterException e = assertThrows(ParameterException.class,
                () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "x"));
        assertMessage(e, f, lineOf(f, "atlantis"), "region.atlantis", "unknown region 'atlantis'");
    }

    @Test
    void unknownParameterInOverlay(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path f = dir.resolve("scenarios/x.yaml");
        Files.writeString(f, "scalars:\n  f_addr: 0.2\n  tau_mgea: 5\n");
        ParameterException e = assertThrows(ParameterException.class,
                () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "x"));
        assertMessage(e, f, 3, "tau_mgea", "unknown parameter");
    }

    @Test
    void overlayValuesAreValidatedLikeTheBaseline(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path f = dir.resolve("scenarios/x.yaml");
        Files.writeString(f, "scalars:\n  u: 1.2\n");
        ParameterException e = assertThrows(ParameterException.class,
                () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "x"));
        assertMessage(e, f, 2, "u", "fraction");
        Files.writeString(f, "regions:\n  lead_medium: -1\n");
        e = assertThrows(ParameterException.class, () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "x"));
        assertMessage(e, f, 2, "region.nordics_no_se_fi.lead_medium", ">= 0");
        Files.writeString(f, "scalars:\n  alpha0:\n    central: 1.1\n    colour: red\n");
        e = assertThrows(ParameterException.class, () -> ParameterLoader.scenario(ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA), "x"));
        assertMessage(e, f, 4, "alpha0", "unknown key 'colour'");
    }
}

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
        // docs/MODEL.md §5 (version 2): every changed input's whole distribution, as listed.
        ParameterSet s = ParameterLoader.scenario(BASE, "optimistic");
        assertEquals("optimistic", s.scenario());
        assertPert(s.scalar("tau_mega"), 5.5, 2.0, 5.5, 10.0);
        assertTri(s.scalar("f_addr"), 0.35, 0.15, 0.35, 0.40);
        assertPert(s.scalar("t_coord"), 0.5, 0.25, 0.5, 1.0);
        assertPert(s.scalar("alpha0"), 1.0, 1.0, 1.0, 1.1);
        // medium lead times PERT(low, low, central); 1 GW lead times untouched
        assertPert(s.region("france").leadMedium(), 2.0, 2.0, 2.0, 3.5);
        assertPert(s.region("nordics_no_se_fi").leadMedium(), 1.5, 1.5, 1.5, 2.5);
        assertPert(s.region("ireland").leadMedium(), 4.0, 4.0, 4.0, 6.0);
        assertPert(s.region("netherlands").leadMedium(), 3.0, 3.0, 3.0, 5.5);
        assertEquals(5.5, s.region("france").lead1gw().central(), EPS);
        // untouched parameters are the baseline's objects
        assertSame(BASE.scalar("u"), s.scalar("u"));
        assertTrue(s.publicSubstrate());
        assertEquals(Allocation.MOBILISED, s.allocation());
    }

    @Test
    void pessimistic() {
        ParameterSet s = ParameterLoader.scenario(BASE, "pessimistic");
        // 15 y = Ireland's 1 GW high, the highest regional 1 GW lead time (regions.csv)
        assertPert(s.scalar("tau_mega"), 9.5, 4.0, 9.5, 15.0);
        assertEquals(15.0, BASE.region("ireland").lead1gw().distribution().upperBound(), EPS);
        assertTri(s.scalar("f_addr"), 0.05, 0.02, 0.05, 0.10);
        assertPert(s.scalar("t_coord"), 3.0, 2.0, 3.0, 5.0);
        assertPert(s.scalar("alpha0"), 1.35, 1.2, 1.35, 1.6);
        assertPert(s.scalar("s_scale"), 0.40, 0.2, 0.4, 0.6);
        // medium lead times PERT(central, high, high + 2)
        assertPert(s.region("germany").leadMedium(), 8.0, 5.0, 8.0, 10.0);
        assertPert(s.region("ireland").leadMedium(), 9.0, 6.0, 9.0, 11.0);
        assertPert(s.region("nordics_no_se_fi").leadMedium(), 4.5, 2.5, 4.5, 6.5);
    }

    @Test
    void institutional() {
        ParameterSet s = ParameterLoader.scenario(BASE, "institutional");
        assertEquals(Allocation.INSTITUTIONAL, s.allocation());
        assertEquals(Allocation.MOBILISED, BASE.allocation());
        assertEquals(BASE.scalars(), s.scalars());
        assertEquals(BASE.regions(), s.regions());
        assertTrue(s.publicSubstrate());
        ParameterSet m = ParameterLoader.scenario(BASE, "mixture");
        assertEquals(Allocation.MIXTURE, m.allocation());
        assertEquals(BASE.scalars(), m.scalars());
    }

    @Test
    void anUnknownAllocationIsALoadError(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path overlay = dir.resolve("scenarios/sometimes.yaml");
        Files.writeString(overlay, "description: bad\nframing:\n  allocation: sometimes\n");
        ParameterSet base = ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA);
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.scenario(base, "sometimes"));
        assertMessage(e, overlay, 3, "allocation", "expected one of [mobilised, institutional, mixture]", "'sometimes'");
    }

    /** central, then PERT(min, mode, max): mean = (a + 4m + b) / 6 fixes the mode. */
    private static void assertPert(Parameter p, double central, double min, double mode, double max) {
        assertEquals(central, p.central(), EPS, p.name());
        assertEquals(min, p.distribution().lowerBound(), EPS, p.name());
        assertEquals(max, p.distribution().upperBound(), EPS, p.name());
        assertEquals(mode, pertMode(p.distribution()), 1e-9, p.name());
    }

    private static void assertTri(Parameter p, double central, double min, double mode, double max) {
        assertEquals(central, p.central(), EPS, p.name());
        assertEquals(min, p.distribution().lowerBound(), EPS, p.name());
        assertEquals(max, p.distribution().upperBound(), EPS, p.name());
        assertEquals((min + mode + max) / 3, p.distribution().mean(), EPS, p.name());
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
        assertEquals(List.of("baseline", "optimistic", "pessimistic", "medium-sites-only", "institutional", "mixture"),
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
        assertEquals(List.of("baseline", "optimistic", "pessimistic", "medium-sites-only", "institutional", "mixture", "unbounded"),
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

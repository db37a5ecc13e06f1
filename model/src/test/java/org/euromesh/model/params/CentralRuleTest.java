package org.euromesh.model.params;

import static org.euromesh.model.params.TestFolders.assertLoadError;
import static org.euromesh.model.params.TestFolders.lineStarting;
import static org.euromesh.model.params.TestFolders.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.params.ParameterException;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central rule (docs/MODEL.md §0): editing a central must never be a silent no-op for the
 * Monte Carlo. An explicit distribution that no longer has the central as its mode, median or
 * mean is refused with file:line and a distribution that would follow; fixed and policy-derived
 * values follow their central by construction.
 */
class CentralRuleTest {

    @Test
    void editingOnlyTheCentralOfAnExplicitDistributionIsRefused(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path yaml = dir.resolve("parameters.yaml");
        // The case: tau_mega 7.6 -> 4.0 left every Monte Carlo number as it was.
        replace(yaml, "central: 7.6             # the published mean", "central: 4.0             # my edit");
        ParameterException e = assertLoadError(dir, yaml, lineStarting(yaml, "  tau_mega:"), "tau_mega",
                "central 4 is none of the summaries", "pert(min=2, max=10, mean=7.6)", "mean 7.6",
                "e.g. pert(min=2, max=10, mean=4)", "drop 'distribution:'");
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void aModeSpecifiedDistributionSuggestsTheMovedMode(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path yaml = dir.resolve("parameters.yaml");
        replace(yaml, "central: 1.10\n", "central: 1.30\n");
        assertLoadError(dir, yaml, lineStarting(yaml, "  alpha0:"), "alpha0", "mode 1.1",
                "e.g. pert(1, 1.3, 1.35)");
    }

    @Test
    void theSuggestedDistributionLoadsAndTheMonteCarloFollows(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path yaml = dir.resolve("parameters.yaml");
        replace(yaml, "central: 7.6             # the published mean", "central: 4.0             # my edit, the");
        replace(yaml, "distribution: pert(min=2, max=10, mean=7.6)", "distribution: pert(min=2, max=10, mean=4)");
        ParameterSet set = ParameterLoader.load(dir, EuroMeshInputs.SCHEMA);
        assertEquals(4.0, set.scalar("tau_mega").distribution().mean(), 1e-12);
    }

    @Test
    void policyDerivedAndFixedValuesFollowTheirCentral(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path yaml = dir.resolve("parameters.yaml");
        replace(yaml, "central: 1.2e7 ", "central: 2.4e7 ");      // capex: policy(low)
        replace(yaml, "central: 9.89e14\n", "central: 1.98e15\n");  // gpu_flops: fixed
        ParameterSet set = ParameterLoader.load(dir, EuroMeshInputs.SCHEMA);
        // low -> PERT(0.5c, c, 1.5c) around the new central; fixed -> the new value
        assertEquals(1.2e7, set.scalar("capex_eur_per_mw").distribution().lowerBound(), 1);
        assertEquals(3.6e7, set.scalar("capex_eur_per_mw").distribution().upperBound(), 1);
        assertEquals(1.98e15, set.scalar("gpu_flops").distribution().quantile(0.5), 0);
    }

    @Test
    void aStatedCentralNearTheMedianIsAccepted() {
        // s_2026: central 62 with tri(44, 60, 85): mode 60, mean 63, median 85 - sqrt(0.5*41*25) = 62.36,
        // within 1% of the range (0.41) of the central: a stated central estimate, accepted.
        ParameterSet set = ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA);
        assertEquals(85 - Math.sqrt(0.5 * 41 * 25), set.scalar("s_2026").distribution().quantile(0.5), 1e-9);
        assertEquals(62, set.scalar("s_2026").central(), 0);
    }

    @Test
    void anOverlayWithAnInconsistentPairIsRefused(@TempDir Path dir) throws IOException {
        TestFolders.export(dir);
        Path overlay = dir.resolve("scenarios/bad.yaml");
        Files.writeString(overlay, """
                description: inconsistent
                scalars:
                  f_addr:
                    central: 0.30
                    distribution: tri(0.05, 0.15, 0.35)
                """);
        ParameterSet base = ParameterLoader.load(dir, EuroMeshInputs.SCHEMA);
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.scenario(base, "bad"));
        TestFolders.assertMessage(e, overlay, 3, "f_addr", "central 0.3 is none of the summaries",
                "e.g. tri(0.05, 0.3, 0.35)");
    }

    @Test
    void everyShippedParameterAndScenarioObeysTheRule() {
        // Loading applies the rule to every value of every file; a violation would throw here.
        ParameterSet base = ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA);
        for (String s : ParameterLoader.scenarioNames(base)) {
            assertEquals(base.allParameters().size(), ParameterLoader.scenario(base, s).allParameters().size(), s);
        }
    }
}

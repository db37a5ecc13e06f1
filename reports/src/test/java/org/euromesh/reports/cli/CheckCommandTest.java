package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.euromesh.params.ParameterFiles;
import org.euromesh.reports.summary.SummaryJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code euromesh check} against the committed baseline (reports/baselines/baseline.json; tests
 * run in the reports module folder). If the model's numbers change on purpose, regenerate it:
 * {@code euromesh check --baseline reports/baselines/baseline.json --update}.
 */
class CheckCommandTest {

    static final Path BASELINE = Path.of("baselines", "baseline.json");

    @TempDir
    static Path shared;

    /** A parameter folder whose only change is the campus's grid wait: mean 7.6 → 6.0 years. */
    static Path changed;

    @BeforeAll
    static void changedParameters() throws IOException {
        changed = shared.resolve("changed");
        ParameterFiles.copyBuiltInTo(changed);
        Path yaml = changed.resolve(ParameterFiles.PARAMETERS);
        String text = Files.readString(yaml);
        // central and distribution together: the central rule refuses a distribution the central is not a summary of
        String edited = text.replace("pert(min=2, max=10, mean=7.6)", "pert(min=2, max=10, mean=6.0)")
                .replace("central: 7.6 ", "central: 6.0 ");
        assertTrue(!edited.equals(text), "tau_mega's distribution found in the shipped parameters.yaml");
        Files.writeString(yaml, edited);
    }

    @Test
    void exactModePassesAgainstTheCommittedBaseline() {
        CommandHarness r = CommandHarness.check("--baseline", BASELINE.toString(), "--mode", "exact");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("PASS"), r.out());
        assertTrue(r.out().contains("405B.t_fed.P50"), "every percentile is listed");
    }

    @Test
    void statisticalModePassesWithAnotherSeed() {
        CommandHarness r = CommandHarness.check("--baseline", BASELINE.toString(), "--mode", "statistical");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("seed 20260602"), "default seed is the baseline's + 1");
        assertTrue(r.out().matches("(?s).*k = 4\\.\\d+ combined standard errors.*"), r.out());
    }

    @Test
    void aChangedParameterFailsExactMode() {
        CommandHarness r = CommandHarness.check("--baseline", BASELINE.toString(), "--params", changed.toString(),
                "--failures-only");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("input.tau_mega.fitted"), r.out());
        assertTrue(r.out().contains("405B.t_campus.P50"), r.out());
    }

    @Test
    void aChangedParameterFailsStatisticalMode() {
        CommandHarness r = CommandHarness.check("--baseline", BASELINE.toString(), "--mode", "statistical",
                "--params", changed.toString(), "--failures-only");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("405B.t_campus.P50 ") && l.endsWith("fail")), r.out());
        assertTrue(r.out().contains("FAIL"), r.out());
    }

    @Test
    void malformedOrMissingBaselineIsExitTwoAndNothingWritten() throws IOException {
        Path bad = shared.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"euromesh-summary\", \"formatVersion\": 1, \"metadata\": ");
        for (String[] extra : new String[][] {{}, {"--update"}}) {
            String[] args = new String[2 + extra.length];
            args[0] = "--baseline";
            args[1] = bad.toString();
            System.arraycopy(extra, 0, args, 2, extra.length);
            CommandHarness r = CommandHarness.check(args);
            assertEquals(2, r.exitCode(), r.out() + r.err());
            assertTrue(r.err().contains("bad.json") && r.err().contains("malformed JSON"), r.err());
            assertEquals("{\"format\": \"euromesh-summary\", \"formatVersion\": 1, \"metadata\": ", Files.readString(bad));
        }
        CommandHarness r = CommandHarness.check("--baseline", shared.resolve("none.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no such file"), r.err());
        assertEquals(2, CommandHarness.check("--baseline", BASELINE.toString(), "--mode", "fuzzy").exitCode());
    }

    @Test
    void updateRewritesDeliberatelyAndSaysWhatChanged() throws IOException {
        Path copy = shared.resolve("copy.json");
        Files.copy(BASELINE, copy);
        CommandHarness r = CommandHarness.check("--baseline", copy.toString(), "--update", "--samples", "20000");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("values changed"), r.out());
        assertTrue(r.out().contains("run.samples"), r.out());
        assertEquals(20_000, SummaryJson.read(copy).metadata().samples());
        assertEquals(0, CommandHarness.check("--baseline", copy.toString()).exitCode(), "the new baseline reproduces");
    }
}

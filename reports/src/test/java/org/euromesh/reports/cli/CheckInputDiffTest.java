package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.euromesh.params.ParameterFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} names the input that moved before any output, in both modes: after a
 * one-parameter change, statistical mode fails on dozens of outputs, and the first question is why.
 */
class CheckInputDiffTest {

    @TempDir
    static Path shared;
    static Path baseline;
    static Path changed;

    @BeforeAll
    static void baselineAndOneChangedParameter() throws IOException {
        baseline = shared.resolve("base.json");
        CliHarness made = CliHarness.run("check", "--update", "--baseline", baseline.toString(), "--samples", "20000");
        assertEquals(0, made.exitCode(), made.err());
        changed = shared.resolve("changed");
        ParameterFiles.copyBuiltInTo(changed);
        Path yaml = changed.resolve(ParameterFiles.PARAMETERS);
        // central and distribution move together (the loader refuses a central its distribution ignores)
        String text = Files.readString(yaml);
        int at = text.indexOf("  tau_mega:");
        String block = text.substring(at, text.indexOf("confidence:", at));
        Files.writeString(yaml, text.replace(block, block.replace("central: 7.6", "central: 6.0")
                .replace("pert(min=2, max=10, mean=7.6)", "pert(min=2, max=10, mean=6.0)")));
    }

    private static void assertNamedBeforeTheTable(String out) {
        int named = out.indexOf("inputs that differ from the baseline's (1)");
        int tau = out.indexOf("tau_mega: central 7.6");
        int table = out.indexOf("number ");
        assertTrue(named >= 0 && tau > named, out);
        assertTrue(table > tau, "named before the outputs: " + out);
        assertTrue(out.contains("pert(min=2, max=10, mean=6.0)"), out);
    }

    @Test
    void statisticalModeNamesTheInputThatMoved() {
        CliHarness r = CliHarness.run("check", "--baseline", baseline.toString(), "--mode", "statistical", "--params",
                changed.toString(), "--failures-only");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertNamedBeforeTheTable(r.out());
    }

    @Test
    void exactModeNamesItToo() {
        CliHarness r = CliHarness.run("check", "--baseline", baseline.toString(), "--params", changed.toString(),
                "--failures-only");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertNamedBeforeTheTable(r.out());
    }

    @Test
    void noLineWhenNoInputMoved() {
        CliHarness r = CliHarness.run("check", "--baseline", baseline.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(!r.out().contains("inputs that differ"), r.out());
    }
}

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code euromesh compare}: paired differences on common random numbers. */
class CompareCommandTest {

    @Test
    void aScenarioComparedWithItselfDiffersOnNoPath() {
        CliHarness r = CliHarness.run("compare", "--scenario", "baseline", "--scenario",
                "baseline", "--samples", "20000", "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        // Common random numbers: the same inputs on every path, so every paired difference is exactly 0.
        assertTrue(r.out().contains("frontier-2028") && r.out().contains("+0.0000 (equal on every path)"), r.out());
    }

    @Test
    void thePessimisticScenarioLowersTheFrontierOddsBeyondItsPairedError() {
        CliHarness r = CliHarness.run("compare", "--scenario", "baseline", "--scenario",
                "pessimistic", "--samples", "20000", "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        String row = r.out().lines().filter(l -> l.trim().startsWith("frontier-2028")).findFirst().orElseThrow();
        // The pessimistic overlay makes the campus later but coordination, alpha0 and s_scale worse;
        // at 1e28 FLOP the federation loses about 0.1 of its probability (0.92 -> 0.81 at N = 200,000),
        // far beyond the paired half-width (~0.005 at N = 20,000).
        String diff = row.trim().split("\\s{2,}")[3];
        double d = Double.parseDouble(diff.substring(0, diff.indexOf(' ')));
        double half = Double.parseDouble(diff.substring(diff.indexOf('±') + 1).trim());
        assertTrue(d < 0 && Math.abs(d) > 5 * half, row);
    }

    @Test
    void oneScenarioIsBadInput() {
        CliHarness r = CliHarness.run("compare", "--scenario", "baseline");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("exactly twice"), r.err());
    }
}

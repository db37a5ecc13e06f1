package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesJsonMarkdownAndTornadoChartsReproduciblyAcrossThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliHarness r = CliHarness.run("sensitivity", "--target", "405B", "--samples", "256", "--threads", "1", "--out", one.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Tornado of 405B.lead") && r.out().contains("DiLoCo penalty"), r.out());
        assertEquals(0, CliHarness.run("sensitivity", "--target", "405B", "--samples", "256", "--threads", "2", "--out",
                two.toString()).exitCode());
        for (String f : new String[] {"sensitivity.json", "sensitivity.md", "charts/tornado_405b.png", "charts/tornado_405b.svg"}) {
            assertTrue(Files.size(one.resolve(f)) > 0, f);
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("sensitivity.json")), Files.readAllBytes(two.resolve("sensitivity.json")),
                "same seed, same bytes on 1 and 2 threads");
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing() {
        Path out = tmp.resolve("never");
        for (String[] args : new String[][] {
            {"sensitivity", "--method", "morris", "--out", out.toString()},
            {"sensitivity", "--samples", "3", "--out", out.toString()},
            {"sensitivity", "--target", "no-such-target", "--out", out.toString()}}) {
            CliHarness r = CliHarness.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertFalse(r.err().isBlank());
            assertFalse(Files.exists(out), "nothing written for " + String.join(" ", args));
        }
    }
}

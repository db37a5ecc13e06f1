package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.euromesh.reports.XmlCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesJsonMarkdownAndTornadoChartsReproduciblyAcrossThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliHarness r = CliHarness.run("sensitivity", "--target", "405B", "--samples", "256", "--threads", "1", "--svg", "--out",
                one.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Tornado of 405B.lead") && r.out().contains("DiLoCo penalty"), r.out());
        assertEquals(0, CliHarness.run("sensitivity", "--target", "405B", "--samples", "256", "--threads", "2", "--out",
                two.toString()).exitCode());
        for (String f : new String[] {"sensitivity.json", "sensitivity.md", "sensitivity.html", "charts/tornado_405b.png",
            "charts/tornado_405b.svg"}) {
            assertTrue(Files.size(one.resolve(f)) > 0, f);
        }
        String md = Files.readString(one.resolve("sensitivity.md"));
        assertTrue(md.contains("What drives the answer") && md.contains("second-order") && md.contains("](charts/tornado_405b.png)"), md);
        XmlCheck.parse(Files.readAllBytes(one.resolve("sensitivity.html")));
        XmlCheck.parse(Files.readAllBytes(one.resolve("charts/tornado_405b.svg")));
        try (var left = Files.list(tmp)) {
            assertEquals(2, left.count(), "only the two report folders, no temporary folder left behind");
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("sensitivity.json")), Files.readAllBytes(two.resolve("sensitivity.json")),
                "same seed, same bytes on 1 and 2 threads");
        assertFalse(Files.exists(two.resolve("charts/tornado_405b.svg")), "SVG only with --svg");
        assertFalse(Files.readString(two.resolve("sensitivity.md")).contains(".svg"), "no link to an unwritten SVG");
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing() throws IOException {
        Path out = tmp.resolve("never");
        for (String[] args : new String[][] {
            {"sensitivity", "--method", "morris", "--out", out.toString()},
            {"sensitivity", "--samples", "3", "--out", out.toString()},
            {"sensitivity", "--target", "no-such-target", "--out", out.toString()},
            {"sensitivity", "--samples", "256", "--threads", "0", "--out", out.toString()}}) {
            CliHarness r = CliHarness.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertFalse(r.err().isBlank());
            assertFalse(Files.exists(out), "nothing written for " + String.join(" ", args));
        }
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "no temporary folder left behind");
        }
    }

    @Test
    void outThatIsAFileIsBadInputAndLeftAlone() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "keep me");
        CliHarness r = CliHarness.run("sensitivity", "--target", "405B", "--samples", "64", "--out", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("not a folder"), r.err());
        assertEquals("keep me", Files.readString(file));
    }
}

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.euromesh.reports.io.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the output-folder rule allows: a folder euromesh made is rewritten, shared by run and sensitivity, and marked. */
class OutputFolderCliTest {

    @TempDir
    Path tmp;

    @Test
    void aRunRewritesItsOwnFolderAndSensitivityAddsToIt() throws IOException {
        Path out = tmp.resolve("out");
        String[] run = {"run", "--samples", "1000", "--no-sensitivity", "--quiet", "--out", out.toString()};
        assertEquals(0, CliHarness.run(run).exitCode());
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)), "the folder is marked as euromesh's");
        CliHarness again = CliHarness.run(run);
        assertEquals(0, again.exitCode(), again.err());
        CliHarness s = CliHarness.run("sensitivity", "--method", "tornado", "--samples", "16", "--target", "405B",
                "--out", out.toString());
        assertEquals(0, s.exitCode(), s.err());
        assertTrue(Files.exists(out.resolve("report.md")) && Files.exists(out.resolve("sensitivity.md")),
                "the report and the sensitivity report side by side");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "no staging folder left");
        }
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliHarness r = CliHarness.run("run", "--samples", "1000", "--no-sensitivity", "--quiet", "--out", empty.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(empty.resolve("summary.json")));
    }
}

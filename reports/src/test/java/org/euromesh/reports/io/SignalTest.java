package org.euromesh.reports.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SIGTERM to a child JVM in the middle of writing an output folder: it exits 143 and
 * leaves the previous folder as it was and no staging folder. One JVM start, about a second.
 */
class SignalTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermMidWriteLeavesThePreviousFolderAndNoStagingFolder() throws Exception {
        Path out = tmp.resolve("out");
        try (Staging first = Staging.begin(out)) {
            Files.writeString(first.dir().resolve("report.md"), "previous");
            first.commit();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SignalChild.class.getName(), out.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY", r.readLine(), "the child staged its write");
            assertTrue(names().stream().anyMatch(n -> n.startsWith(".out.tmp")), "staging folder present mid-write");
            child.destroy(); // SIGTERM on POSIX
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(143, child.exitValue(), "128 + SIGTERM");
        assertEquals(List.of("out"), names(), "no staging folder left");
        assertEquals("previous", Files.readString(out.resolve("report.md")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/**
 * What each kind of failure becomes: an exit code that means one thing (a crash is never 1,
 * which CI reads as "check found a regression") and one line, with the trace only on request.
 */
class FailuresTest {

    private static String[] report(Throwable t, boolean debug) {
        StringWriter s = new StringWriter();
        int code = Failures.report(t, new PrintWriter(s, true), debug);
        return new String[] {Integer.toString(code), s.toString()};
    }

    @Test
    void outOfMemoryIsExitThreeWithAdvice() {
        // As the sampler's pool rethrows it: wrapped in a runtime exception.
        String[] r = report(new IllegalStateException("worker failed", new OutOfMemoryError("Java heap space")), false);
        assertEquals("3", r[0]);
        assertTrue(r[1].startsWith("euromesh: out of memory (Java heap limit "), r[1]);
        assertTrue(r[1].contains("--threads") && r[1].contains("-Xmx"), r[1]);
        assertFalse(Hostile.TRACE.matcher(r[1]).find(), r[1]);
    }

    @Test
    void badInputIsExitTwo() {
        String[] r = report(new IllegalArgumentException("--samples must be between 1 and 10^10, got 0"), false);
        assertEquals("2", r[0]);
        assertEquals("euromesh: --samples must be between 1 and 10^10, got 0" + System.lineSeparator(), r[1]);
    }

    @Test
    void ioFailureIsExitThreeNamingTheFile() {
        IOException cause = new AccessDeniedException("/read-only/out");
        String[] r = report(new UncheckedIOException("cannot write report to /read-only/out", cause), false);
        assertEquals("3", r[0]);
        assertTrue(r[1].startsWith("euromesh: cannot write report to /read-only/out (/read-only/out: permission denied)"),
                r[1]);
        assertFalse(Hostile.TRACE.matcher(r[1]).find(), r[1]);
    }

    @Test
    void anInternalErrorIsExitThreeAndTheTraceOnlyWithDebug() {
        NullPointerException npe = new NullPointerException("whole is null");
        String[] quiet = report(npe, false);
        assertEquals("3", quiet[0]);
        assertTrue(quiet[1].startsWith("euromesh: internal error (NullPointerException): whole is null"), quiet[1]);
        assertTrue(quiet[1].contains("--debug"), "says how to get the trace");
        assertFalse(quiet[1].contains("\tat "), quiet[1]);
        String[] debug = report(npe, true);
        assertTrue(debug[1].contains("\tat org.euromesh.reports.cli.FailuresTest"), debug[1]);
    }

    @Test
    void debugIsAcceptedByEveryCommandAndPrintsTheTrace() {
        CliHarness r = CliHarness.run("run", "--samples", "0", "--debug");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("euromesh: --samples must be between 1 and"), r.err());
        assertTrue(r.err().contains("\tat "), "the trace, on request: " + r.err());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        for (String cmd : new String[] {"run", "check", "params", "sensitivity", "report", "distribution", "deterministic"}) {
            CliHarness r = CliHarness.run(cmd, "--help");
            assertEquals(0, r.exitCode());
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("130/143"), cmd + ":\n" + r.out());
        }
    }
}

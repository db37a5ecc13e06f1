package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euromesh.reports.run.RunExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress through a fake terminal ({@link ProgressTerminal} that says yes and records the
 * frames): every long phase of every command draws frames whose share done never goes back and
 * ends at 100%, with an ETA on every frame in between; {@code --quiet} draws nothing, and writes
 * nothing else to stderr, on every command. Small sizes (a few seconds in all): what is tested is
 * the reporting, not the numbers.
 */
class ProgressPhasesTest {

    /** "NAME [###   ] 42%..." (a counted phase) or "NAME ... 1.2 s" (one without counts). */
    private static final Pattern COUNTED = Pattern.compile("^(.+?) \\[[# ]+\\]\\s+(\\d+)%");
    private static final Pattern UNCOUNTED = Pattern.compile("^(.+?) \\.\\.\\. [\\d.]+ s\\s*$");

    @TempDir
    static Path dir;

    /** What one command line drew on the fake terminal, and its streams. */
    record Shown(int exitCode, String out, String err, String screen) {
    }

    static Shown onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StringWriter screen = new StringWriter();
        int code = EuroMeshCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), RunExecutor.LOCAL,
                new ProgressTerminal(true, new PrintWriter(screen, true)));
        return new Shown(code, out.toString(), err.toString(), screen.toString());
    }

    static Path run;
    static Shown shownRun;

    @BeforeAll
    static void aRunWithEveryPhase() {
        run = dir.resolve("run");
        // Default options: sampling, the sensitivity and decision sections, the report (PDF aside: not a phase).
        shownRun = onTerminal("run", "--samples", "5000", "--seed", "5", "--threads", "2", "--no-pdf", "--out",
                run.toString());
        assertEquals(0, shownRun.exitCode(), shownRun.err());
    }

    @Test
    void everyPhaseOfRunIsMonotoneAndEndsAtOneHundredPercent() {
        Map<String, List<Integer>> phases = phases(shownRun.screen());
        for (String expected : List.of("sampling", "tornado", "rank correlation: paths", "rank correlation: bootstrap",
                "Sobol indices: design", "Sobol indices: bootstrap", "Shapley effects: model runs",
                "Shapley effects: bootstrap", "decision paths", "PRIM: frontier-2028", "VOI: frontier-2028",
                "writing the report")) {
            assertTrue(phases.containsKey(expected), "phase '" + expected + "' drawn; drawn: " + phases.keySet());
        }
        assertFalse(shownRun.err().contains("\r"), "frames go to the terminal, not into stderr's messages");
        assertTrue(shownRun.screen().endsWith("\r"), "the line is cleared at the end");
    }

    @Test
    void everyOtherLongCommandDrawsValidFramesAndNothingUnderQuiet() {
        Path parts = dir.resolve("parts");
        String a = parts.resolve("a.part").toString();
        String b = parts.resolve("b.part").toString();
        String baseline = dir.resolve("baseline.json").toString();
        String summary = dir.resolve("merged").resolve("summary.json").toString();
        // Each command with --quiet: nothing may be drawn or written to stderr. Those with long phases of their own
        // also without it first, and their frames are checked (the run above covers sampling, the sections and
        // writing the report, which the others share).
        List<String[]> framesToo = List.of(
                new String[] {"sensitivity", "--target", "405B", "--sobol-samples", "64", "--out",
                    dir.resolve("sens").toString()},
                new String[] {"discover", "--target", "frontier-2028", "--samples", "2000"},
                new String[] {"voi", "--target", "frontier-2028", "--samples", "2000", "--bootstrap", "10"},
                new String[] {"compare", "--scenario", "baseline", "--scenario", "institutional", "--samples", "2000"},
                new String[] {"distribution", "tri(0, 1, 2)", "--samples", "200000", "--out",
                    dir.resolve("d.csv").toString()});
        List<String[]> quietOnly = List.of(
                // Partials without the sections, so that merge only writes the report.
                new String[] {"run", "--samples", "4000", "--block-size", "1000", "--no-sensitivity", "--no-decision",
                    "--blocks", "0:2", "--partial", a},
                new String[] {"run", "--samples", "4000", "--block-size", "1000", "--no-sensitivity", "--no-decision",
                    "--blocks", "2:4", "--partial", b},
                new String[] {"merge", a, b, "--no-pdf", "--out", dir.resolve("merged").toString()},
                new String[] {"report", summary, "--no-pdf", "--out", dir.resolve("rebuilt").toString()},
                new String[] {"check", "--baseline", baseline, "--update", "--samples", "2000"},
                new String[] {"check", "--baseline", baseline},
                new String[] {"deterministic", "--scenario", "baseline"},
                new String[] {"params"});
        for (String[] c : framesToo) {
            Shown s = onTerminal(c);
            assertEquals(0, s.exitCode(), String.join(" ", c) + ": " + s.err());
            Map<String, List<Integer>> drawn = phases(s.screen());
            assertFalse(drawn.isEmpty(), String.join(" ", c) + " draws its phases");
            if (c[0].equals("sensitivity")) {
                assertTrue(drawn.keySet().containsAll(List.of("tornado", "Sobol indices: bootstrap",
                        "Shapley effects: bootstrap", "writing the report")), drawn.keySet().toString());
            }
            quiet(append(c, "--quiet", true));
        }
        for (String[] c : quietOnly) {
            quiet(append(c, "--quiet", false));
        }
    }

    private static void quiet(String[] args) {
        String name = String.join(" ", args);
        Shown s = onTerminal(args);
        assertEquals(0, s.exitCode(), name + ": " + s.err());
        assertEquals("", s.screen(), name + " drew on the terminal");
        assertEquals("", s.err(), name + " wrote to stderr");
    }

    /** {@code c} with {@code extra} appended and, when it ran before, a new name for the folder it writes. */
    private static String[] append(String[] c, String extra, boolean rename) {
        String[] out = java.util.Arrays.copyOf(c, c.length + 1);
        out[c.length] = extra;
        for (int i = 0; rename && i < out.length - 1; i++) {
            if (out[i].equals("--out")) {
                out[i + 1] = out[i + 1].endsWith(".csv") ? out[i + 1].replace(".csv", "-quiet.csv") : out[i + 1] + "-quiet";
            }
        }
        return out;
    }

    /**
     * The phases drawn, each with its shares done in frame order, after checking every frame:
     * within a phase the share never goes back, a counted phase's last frame is 100%, and every
     * frame strictly between 0% and 100% shows an ETA.
     */
    static Map<String, List<Integer>> phases(String screen) {
        Map<String, List<Integer>> phases = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (String frame : screen.split("\r")) {
            if (frame.isBlank()) {
                continue;
            }
            assertTrue(frame.length() <= ProgressBar.COLUMNS, "wider than 79 columns: '" + frame + "'");
            Matcher c = COUNTED.matcher(frame);
            String name;
            if (c.find()) {
                name = c.group(1);
                int pct = Integer.parseInt(c.group(2));
                if (pct > 0 && pct < 100) {
                    assertTrue(frame.contains(", ETA "), "an ETA while under way: " + frame);
                }
                List<Integer> seen = phases.computeIfAbsent(name, k -> new ArrayList<>());
                if (!seen.isEmpty()) {
                    assertTrue(pct >= seen.get(seen.size() - 1), "went backward in '" + name + "': " + seen + " then "
                            + pct);
                }
                seen.add(pct);
            } else {
                Matcher u = UNCOUNTED.matcher(frame);
                assertTrue(u.find(), "a frame of an unknown shape: '" + frame + "'");
                name = u.group(1);
                phases.computeIfAbsent(name, k -> new ArrayList<>());
            }
            if (order.isEmpty() || !order.get(order.size() - 1).equals(name)) {
                assertFalse(order.contains(name), "phase '" + name + "' drawn again after another: " + order);
                order.add(name);
            }
        }
        for (Map.Entry<String, List<Integer>> p : phases.entrySet()) {
            List<Integer> pct = p.getValue();
            if (!pct.isEmpty()) {
                assertEquals(100, pct.get(pct.size() - 1), "phase '" + p.getKey() + "' ends at 100%: " + pct);
            }
        }
        return phases;
    }
}

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of issues 2 and 3 end to end: output, exit codes, and nothing written on bad input. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void paramsPrintsEveryParameterWithProvenanceAndFlagsEstimates() {
        CliHarness r = CliHarness.run("params");
        assertEquals(0, r.exitCode(), r.err());
        for (String name : List.of("alpha0", "k_h", "tau_mega", "f_addr", "t_coord", "region.france.lead_medium",
                "region.italy.carbon", "capex_eur_per_mw")) {
            assertTrue(r.out().contains(name), name);
        }
        // tau_mega: PERT(2, 8.4, 10) fitted from the mean 7.6 and its source.
        assertTrue(r.out().contains("pert(2, 8.4, 10)"), r.out());
        assertTrue(r.out().contains("Reuters, 2026"));
        // k_h is an analyst estimate: flagged with '!'.
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("! k_h")), r.out());
        assertTrue(r.out().contains("1.968e+25"), "405B compute");
    }

    @Test
    void paramsExportThenLoadTheCopy() {
        Path copy = tmp.resolve("mine");
        assertEquals(0, CliHarness.run("params", "--export", copy.toString()).exitCode());
        CliHarness r = CliHarness.run("params", "--params", copy.toString(), "--scenario", "optimistic");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("scenario optimistic"));
        // Exporting over a non-empty folder is refused.
        assertEquals(2, CliHarness.run("params", "--export", copy.toString()).exitCode());
    }

    @Test
    void badParameterFileIsExitTwoWithFileLineAndParameter() throws IOException {
        Path copy = tmp.resolve("bad");
        assertEquals(0, CliHarness.run("params", "--export", copy.toString()).exitCode());
        Path yaml = copy.resolve("parameters.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("pert(min=2, max=10, mean=7.6)", "pert(min=10, max=2, mean=7.6)"));
        Path out = tmp.resolve("out");
        CliHarness r = CliHarness.run("run", "--params", copy.toString(), "--samples", "1000", "--out", out.toString(), "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("parameters.yaml") && r.err().contains("tau_mega"), r.err());
        assertTrue(r.err().matches("(?s).*parameters\\.yaml:\\d+.*"), "line number: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void distributionQuantilesAndSamples() throws IOException {
        CliHarness q = CliHarness.run("distribution", "pert(min=2, max=10, mean=7.6)", "--quantiles");
        assertEquals(0, q.exitCode(), q.err());
        assertTrue(q.out().contains("mean 7.6"), q.out());
        Path f = tmp.resolve("draws.csv");
        CliHarness s = CliHarness.run("distribution", "tri(0, 1, 2)", "--samples", "1000", "--seed", "7", "--out", f.toString());
        assertEquals(0, s.exitCode(), s.err());
        List<String> lines = Files.readAllLines(f);
        assertEquals(1000, lines.size());
        assertTrue(lines.stream().mapToDouble(Double::parseDouble).allMatch(v -> v >= 0 && v <= 2));
        Path g = tmp.resolve("again.csv");
        CliHarness.run("distribution", "tri(0, 1, 2)", "--samples", "1000", "--seed", "7", "--out", g.toString());
        assertEquals(lines, Files.readAllLines(g), "same seed, same draws");
    }

    @Test
    void badSpecSaysWhereAndExitsTwo() {
        CliHarness r = CliHarness.run("distribution", "pert(2, x, 10)");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("column") && r.err().contains("expected a number"), r.err());
        Path out = tmp.resolve("never.csv");
        assertEquals(2, CliHarness.run("distribution", "pert(10, 2, 1)", "--samples", "5", "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void deterministicComparesWithTheReferenceStudy() {
        CliHarness r = CliHarness.run("deterministic");
        assertEquals(0, r.exitCode(), r.err());
        for (String s : List.of("scenario baseline", "scenario optimistic", "scenario pessimistic", "scenario medium-sites-only",
                "Reference study", "Oct 2028", "Feb 2033")) {
            assertTrue(r.out().contains(s), s);
        }
        // Medium-sites-only 405B at central values: first nordic site trains at 3.0 + 0.08 y -> Jan 2029;
        // campus 7.6 + 0.75 y -> May 2034 (worked by hand in BaselineDeterministicTest).
        assertTrue(r.out().contains("Jan 2029") && r.out().contains("May 2034"), r.out());
    }

    @Test
    void badRunArgumentsAreExitTwoAndWriteNothing() {
        Path out = tmp.resolve("out");
        String o = out.toString();
        List<String[]> bad = List.of(
                new String[] {"run", "--samples", "0", "--out", o},
                new String[] {"run", "--samples", "-5", "--out", o},
                new String[] {"run", "--method", "quasi", "--out", o},
                new String[] {"run", "--threads", "0", "--out", o},
                new String[] {"run", "--precision", "0.7", "--out", o},
                new String[] {"run", "--samples", "10", "--precision", "0.01", "--out", o},
                new String[] {"run", "--scenario", "no-such-scenario", "--out", o},
                new String[] {"run", "--target", "no-such-target", "--out", o},
                new String[] {"run", "--params", tmp.resolve("missing").toString(), "--out", o},
                new String[] {"run", "--no-such-option"});
        for (String[] args : bad) {
            CliHarness r = CliHarness.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + "\n" + r.out() + r.err());
            assertFalse(r.err().isBlank(), "a message for " + String.join(" ", args));
            assertFalse(Files.exists(out), "nothing written for " + String.join(" ", args));
        }
    }

    @Test
    void runWritesTheReportWithItsSensitivitySectionUnlessAskedNotTo() throws IOException {
        Path with = tmp.resolve("with");
        CliHarness r = CliHarness.run("run", "--samples", "70000", "--seed", "5", "--out", with.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        // The first lines ask the question and answer it, contested target first.
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(2).startsWith("Can Europe train a frontier-class AI model"), r.out());
        assertTrue(lines.get(4).startsWith("  - frontier-2028 (1e28 FLOP): the federation trains it before the campus with "
                + "probability"), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ of \\d+ inputs are analyst estimates.*"), r.out());
        for (String f : List.of("summary.json", "report.md", "report.html", "targets.csv", "regions.csv",
                "charts/answer_scurves.png", "charts/tornado_405b.png", "charts/tornado_frontier_2028.png",
                "charts/prim_frontier_2028.png", "charts/evppi_frontier_2028.png")) {
            assertTrue(Files.size(with.resolve(f)) > 0, f);
        }
        String md = Files.readString(with.resolve("report.md"));
        assertTrue(md.contains("What drives the answer") && md.contains("When does the campus win?")
                && md.contains("What is worth knowing better?") && md.contains("Delivered by the end of each year"), md);
        Path without = tmp.resolve("without");
        assertEquals(0, CliHarness.run("run", "--samples", "70000", "--seed", "5", "--no-sensitivity", "--no-decision",
                "--out", without.toString(), "--quiet").exitCode());
        assertFalse(Files.exists(without.resolve("charts/tornado_405b.png")));
        assertFalse(Files.readString(without.resolve("report.md")).contains("What drives the answer"));
        assertFalse(Files.readString(without.resolve("report.md")).contains("When does the campus win?"));
        // The run's numbers do not depend on the section: the summaries differ only by its data.
        Summary a = SummaryJson.read(with.resolve("summary.json"));
        Summary b = SummaryJson.read(without.resolve("summary.json"));
        assertTrue(a.sensitivity() != null && b.sensitivity() == null);
        assertTrue(a.decision() != null && b.decision() == null);
        assertEquals(a.withSensitivity(null).withDecision(null), b);

        // 'report' rebuilds the same report from summary.json alone, byte for byte, from a run with the default
        // options: sensitivity (with its Shapley effects), the delivered-by-year tables, scenario discovery and value
        // of information included; every file and chart (report.pdf and SVGs are written only on request).
        Path rebuilt = tmp.resolve("rebuilt");
        CliHarness rep = CliHarness.run("report", with.resolve("summary.json").toString(), "--out",
                rebuilt.toString(), "--quiet");
        assertEquals(0, rep.exitCode(), rep.err());
        assertEquals(files(with), files(rebuilt), "same file list");
        for (Path f : files(with)) {
            assertArrayEquals(Files.readAllBytes(with.resolve(f)), Files.readAllBytes(rebuilt.resolve(f)),
                    f.toString());
        }
        String rebuiltMd = Files.readString(rebuilt.resolve("report.md"));
        assertTrue(rebuiltMd.contains("When does the campus win?") && rebuiltMd.contains("What is worth knowing better?")
                && rebuiltMd.contains("Where the campus wins frontier-2028"), "the decision sections are rebuilt");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void countsAcceptScientificAndGroupedNotation() {
        assertEquals(1_000_000L, CountConverter.parse("1e6"));
        assertEquals(1_000_000L, CountConverter.parse("1_000_000"));
        assertEquals(1_000_000L, CountConverter.parse("1,000,000"));
        assertEquals(1500L, CountConverter.parse("1.5e3"));
        assertEquals(-5L, CountConverter.parse("-5"), "passed on, for the option's bounds check to name its range");
        for (String bad : List.of("2.5", "1e-3", "lots", "1e30")) {
            assertThrows(picocli.CommandLine.TypeConversionException.class, () -> CountConverter.parse(bad), bad);
        }
        CliHarness r = CliHarness.run("distribution", "tri(0, 1, 2)", "--samples", "1e1", "--seed", "7", "--out",
                tmp.resolve("d.csv").toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote 10 draws"), r.out());
        CliHarness bad = CliHarness.run("run", "--samples", "1e-3", "--out", tmp.resolve("x").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("not a whole count"), bad.err());
    }

    @Test
    void everyCommandAcceptsQuiet() {
        // Parsing only (--help stops before any work): each command must know --quiet and -q.
        for (String command : List.of("run", "merge", "compare", "deterministic", "sensitivity", "discover", "voi", "report",
                "check", "params", "distribution")) {
            for (String q : List.of("--quiet", "-q")) {
                CliHarness r = CliHarness.run(command, q, "--help");
                assertEquals(0, r.exitCode(), command + " " + q + ": " + r.err());
            }
        }
    }
}

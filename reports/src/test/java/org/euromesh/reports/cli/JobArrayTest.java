package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.euromesh.params.ParameterFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job-array route: {@code run --blocks FROM:TO --partial FILE} on each share, then
 * {@code merge}, writes the bytes a single {@code run} writes; every kind of bad partial is a
 * one-line error, exit 2, nothing written. Small runs (20,000 samples in 10 blocks of 2,000) keep
 * it to a few seconds: identity does not depend on size.
 */
class JobArrayTest {

    /** 10 blocks of 2,000 samples; the last one full. */
    static final String[] RUN = {"--samples", "20000", "--block-size", "2000", "--seed", "7", "--quiet"};

    @TempDir
    static Path dir;

    static Path local1;
    static Path[] parts;

    @BeforeAll
    static void jobArray() {
        local1 = dir.resolve("local-1");
        ok(run("--threads", "1", "--out", local1.toString()));
        parts = new Path[] {dir.resolve("a.part"), dir.resolve("b.part"), dir.resolve("c.part")};
        String[] ranges = {"0:4", "4:7", "7:10"};
        for (int i = 0; i < 3; i++) {
            CliHarness r = run("--threads", "2", "--blocks", ranges[i], "--partial", parts[i].toString());
            ok(r);
            assertTrue(r.out().contains("Wrote partial " + parts[i]), r.out());
        }
    }

    @Test
    void mergedJobArrayIsByteIdenticalToLocalRunsAtOneAndTwoThreads() throws IOException {
        Path local2 = dir.resolve("local-2");
        ok(run("--threads", "2", "--no-sensitivity", "--no-decision", "--out", local2.toString()));
        Path merged = dir.resolve("merged");
        // Given out of order: merge sorts by block.
        CliHarness m = CliHarness.run("merge", parts[2].toString(), parts[0].toString(), parts[1].toString(), "--out",
                merged.toString(), "--threads", "1");
        ok(m);
        byte[] expected = Files.readAllBytes(local1.resolve("summary.json"));
        // local-2 ran without the sensitivity and decision sections, whose data summary.json holds: the rest is the same.
        assertEquals(org.euromesh.reports.summary.SummaryJson.read(local1.resolve("summary.json")).withSensitivity(null).withDecision(null),
                org.euromesh.reports.summary.SummaryJson.read(local2.resolve("summary.json")), "local 1 vs 2 threads");
        assertArrayEquals(expected, Files.readAllBytes(merged.resolve("summary.json")), "job array of 3 vs local");
        // The decision sections draw a sample of their own from the run's seed, so merge computes them too.
        assertTrue(org.euromesh.reports.summary.SummaryJson.read(merged.resolve("summary.json")).decision() != null);
        // The report, its sensitivity and decision sections included, is the same text too.
        assertEquals(Files.readString(local1.resolve("report.md")), Files.readString(merged.resolve("report.md")));
        assertTrue(m.out().contains("merged from 3 partials"), m.out());
    }

    @Test
    void missingBlocksAreAnErrorAndNothingIsWritten() {
        bad("blocks [4, 7) of the run are missing", parts[0].toString(), parts[2].toString());
        bad("blocks [7, 10) of the run are missing", parts[0].toString(), parts[1].toString());
        bad("blocks [0, 4) of the run are missing", parts[1].toString(), parts[2].toString());
    }

    @Test
    void duplicatedAndOverlappingPartialsAreErrors() throws IOException {
        bad("duplicates", parts[0].toString(), parts[0].toString(), parts[1].toString(), parts[2].toString());
        Path wide = dir.resolve("overlap.part");
        ok(run("--blocks", "3:7", "--partial", wide.toString()));
        bad("overlaps", parts[0].toString(), wide.toString(), parts[2].toString());
    }

    @Test
    void partialsOfAnotherRunAreRefusedNamingTheDifference() {
        Path other = dir.resolve("seed8.part");
        ok(CliHarness.run("run", "--samples", "20000", "--block-size", "2000", "--seed", "8", "--quiet", "--blocks",
                "4:7", "--partial", other.toString()));
        bad("seed 7 vs 8", parts[0].toString(), other.toString(), parts[2].toString());
        Path noSens = dir.resolve("nosens.part");
        ok(run("--no-sensitivity", "--blocks", "4:7", "--partial", noSens.toString()));
        bad("sensitivity true vs false", parts[0].toString(), noSens.toString(), parts[2].toString());
    }

    @Test
    void corruptedTruncatedAndForeignFilesAreRefused() throws IOException {
        byte[] good = Files.readAllBytes(parts[1]);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x01;
        Path corrupt = Files.write(dir.resolve("flipped.part"), flipped);
        bad("checksum mismatch", parts[0].toString(), corrupt.toString(), parts[2].toString());
        Path cut = Files.write(dir.resolve("cut.part"), Arrays.copyOf(good, good.length - 100));
        bad("checksum mismatch", parts[0].toString(), cut.toString(), parts[2].toString());
        Path foreign = Files.writeString(dir.resolve("notes.txt"), "not a partial");
        bad("not a euromesh partial", parts[0].toString(), foreign.toString(), parts[2].toString());
        bad("no such file", parts[0].toString(), dir.resolve("absent.part").toString(), parts[2].toString());
    }

    @Test
    void aParameterFileChangedAfterTheTasksRanIsRefused() throws IOException {
        Path params = dir.resolve("params");
        ParameterFiles.copyBuiltInTo(params);
        List<Path> mine = new ArrayList<>();
        String[] ranges = {"0:5", "5:10"};
        for (int i = 0; i < 2; i++) {
            Path p = dir.resolve("params-" + i + ".part");
            ok(run("--params", params.toString(), "--no-sensitivity", "--no-decision", "--blocks", ranges[i],
                    "--partial", p.toString()));
            mine.add(p);
        }
        Path regions = params.resolve(ParameterFiles.REGIONS);
        Files.writeString(regions, Files.readString(regions) + "\n", StandardCharsets.UTF_8);
        bad("regions.csv changed since the partials were written", mine.get(0).toString(), mine.get(1).toString());
    }

    @Test
    void badBlockOptionsAreErrorsBeforeAnythingRuns() throws IOException {
        Path p = dir.resolve("never.part");
        refused(run("--blocks", "0:11", "--partial", p.toString()), "the run has 10 blocks");
        refused(run("--blocks", "4:4", "--partial", p.toString()), "0 <= FROM < TO");
        refused(run("--blocks", "x", "--partial", p.toString()), "expected FROM:TO");
        refused(run("--blocks", "0:2"), "--blocks and --partial go together");
        refused(CliHarness.run("run", "--samples", "20000", "--block-size", "0", "--blocks", "0:2", "--partial",
                p.toString(), "--quiet"), "--block-size must be between 1");
        refused(CliHarness.run("run", "--precision", "0.01", "--blocks", "0:2", "--partial", p.toString(), "--quiet"),
                "--blocks needs a fixed --samples N");
        assertFalse(Files.exists(p));
        Path notes = Files.writeString(dir.resolve("keep.txt"), "my notes");
        refused(run("--blocks", "0:2", "--partial", notes.toString()), "refusing to overwrite");
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void mergeRefusesAnOutFolderOfOtherFiles() throws IOException {
        Path out = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "x");
        CliHarness r = CliHarness.run("merge", parts[0].toString(), parts[1].toString(), parts[2].toString(), "--out",
                out.toString());
        refused(r, "was not written by euromesh");
        try (var s = Files.list(out)) {
            assertEquals(List.of(out.resolve("holiday.jpg")), s.toList());
        }
    }

    private static CliHarness run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(RUN));
        args.addAll(List.of(extra));
        return CliHarness.run(args.toArray(new String[0]));
    }

    /** merge FILES --out a new folder: exit 2, a one-line message containing {@code message}, no folder. */
    private static void bad(String message, String... files) {
        Path out = dir.resolve("never-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(List.of(files));
        args.addAll(List.of("--out", out.toString()));
        refused(CliHarness.run(args.toArray(new String[0])), message);
        assertFalse(Files.exists(out), "nothing written");
    }

    private static void refused(CliHarness r, String message) {
        assertEquals(EuroMeshCli.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static void ok(CliHarness r) {
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }
}

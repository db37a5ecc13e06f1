package org.euromesh.reports.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging of an output folder: what the shutdown hook does at each moment, the sweep of
 * what killed runs left, and the marker rule. The hook's action ({@link Staging#abort}) is
 * called directly; {@code SignalTest} sends a real SIGTERM to a child JVM.
 */
class StagingTest {

    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void signalWhileRenderingLeavesNothingAndTheCommitIsRefused() throws IOException {
        Path out = tmp.resolve("out");
        Staging s = Staging.begin(out);
        Files.writeString(s.dir().resolve("report.md"), "half");
        s.abort(); // what SIGINT/SIGTERM runs
        assertEquals(List.of(), names(), "no staging folder left");
        assertThrows(IOException.class, s::commit);
        s.close();
        assertFalse(Files.exists(out));
    }

    @Test
    void signalWhileRenderingLeavesThePreviousFolderAsItWas() throws IOException {
        Path out = tmp.resolve("out");
        try (Staging first = Staging.begin(out)) {
            Files.writeString(first.dir().resolve("report.md"), "old");
            first.commit();
        }
        Staging s = Staging.begin(out);
        Files.writeString(s.dir().resolve("report.md"), "new");
        s.abort();
        s.close();
        assertEquals(List.of("out"), names());
        assertEquals("old", Files.readString(out.resolve("report.md")));
    }

    @Test
    void commitReplacesTheFilesAndKeepsTheOthersOfTheFolder() throws IOException {
        Path out = tmp.resolve("out");
        try (Staging first = Staging.begin(out)) {
            Files.writeString(first.dir().resolve("report.md"), "old");
            Files.createDirectories(first.dir().resolve("charts"));
            Files.writeString(first.dir().resolve("charts/a.png"), "a");
            first.commit();
        }
        try (Staging second = Staging.begin(out)) {
            Files.writeString(second.dir().resolve("sensitivity.md"), "s");
            Files.createDirectories(second.dir().resolve("charts"));
            Files.writeString(second.dir().resolve("charts/b.png"), "b");
            second.commit();
            second.abort(); // a signal after the swap changes nothing
        }
        assertEquals(List.of("out"), names(), "no staging or old folder left");
        assertEquals("old", Files.readString(out.resolve("report.md")), "files of the earlier write kept");
        assertEquals("s", Files.readString(out.resolve("sensitivity.md")));
        assertTrue(Files.exists(out.resolve("charts/a.png")) && Files.exists(out.resolve("charts/b.png")));
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)), "marked as euromesh's");
        assertFalse(Files.exists(out.resolve(Staging.OWNER)), "the staging owner file never goes live");
    }

    @Test
    void sweepRemovesLeftoversOfDeadRunsAndKeepsLiveOnes() throws IOException {
        Path out = tmp.resolve("out");
        Path dead = Files.createDirectories(tmp.resolve(".out.tmp111"));
        Files.writeString(dead.resolve(Staging.OWNER), Long.toString(Long.MAX_VALUE)); // no such process
        Files.writeString(dead.resolve("report.md"), "x");
        Path legacy = Files.createDirectories(tmp.resolve(".out.tmp222")); // an older version's, no owner file
        Files.setLastModifiedTime(legacy, FileTime.fromMillis(0));
        Path live = Files.createDirectories(tmp.resolve(".out.tmp333"));
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Files.writeString(live.resolve(Staging.OWNER), Long.toString(parent)); // a running process
        Path other = Files.createDirectories(tmp.resolve(".other.tmp444")); // another folder's: not ours to touch
        Files.setLastModifiedTime(other, FileTime.fromMillis(0));
        Staging.sweep(out);
        assertEquals(List.of(".other.tmp444", ".out.tmp333"), names());
    }

    @Test
    void sweepPutsBackAFolderRenamedAsideByAKilledSwap() throws IOException {
        Path out = tmp.resolve("out");
        Path aside = Files.createDirectories(tmp.resolve(".out.tmpold555"));
        Files.writeString(aside.resolve("report.md"), "previous");
        Files.setLastModifiedTime(aside, FileTime.fromMillis(0));
        Staging.sweep(out);
        assertEquals(List.of("out"), names());
        assertEquals("previous", Files.readString(out.resolve("report.md")));
    }

    @Test
    void onlyMarkedOrEmptyFoldersAreWritable() throws IOException {
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve("regions.csv"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputFolder.checkWritable(user, "user"));
        assertTrue(e.getMessage().contains("not written by euromesh"), e.getMessage());
        OutputFolder.checkWritable(Files.createDirectories(tmp.resolve("empty")), "empty");
        Path marked = Files.createDirectories(tmp.resolve("marked"));
        OutputFolder.mark(marked);
        Files.writeString(marked.resolve("notes.txt"), "x");
        OutputFolder.checkWritable(marked, "marked");
        Files.writeString(marked.resolve("parameters.yaml"), "x");
        assertThrows(IllegalArgumentException.class, () -> OutputFolder.checkWritable(marked, "marked"),
                "a parameter folder, even marked");
    }
}

package org.euromesh.reports.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-file writes leave no temporary file, and sweep what a killed write left. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aWriteSweepsStaleTemporaryFilesOfItsTargetOnly() throws IOException {
        Path stale = Files.writeString(tmp.resolve(".draws.csv123456.tmp"), "killed write");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(0));
        Path fresh = Files.writeString(tmp.resolve(".draws.csv999.tmp"), "a live write of another process");
        Path other = Files.writeString(tmp.resolve(".other.csv1.tmp"), "another target's");
        Files.setLastModifiedTime(other, FileTime.fromMillis(0));
        AtomicFiles.writeString(tmp.resolve("draws.csv"), "1.5\n");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(".draws.csv999.tmp", ".other.csv1.tmp", "draws.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("1.5\n", Files.readString(tmp.resolve("draws.csv")));
        assertEquals("a live write of another process", Files.readString(fresh));
    }
}

package org.euromesh.reports.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes so that a failure never leaves a half-written file: content goes to a temporary file
 * beside the target, which is then moved over it in one step. A shutdown hook removes the
 * temporary file if Ctrl-C or SIGTERM arrives meanwhile; leftovers of killed writes are swept.
 */
public final class AtomicFiles {

    /** Writes a file's content to a stream (buffered, UTF-8). */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer w) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        write(target, tmp -> Files.write(tmp, content));
    }

    /** Streams text into the file: for content too large to hold in memory twice (e.g. 10^8 draws). */
    public static void writeText(Path target, TextContent content) {
        write(target, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        });
    }

    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private static void write(Path target, Fill fill) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            sweep(parent, target.getFileName().toString());
            Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            Thread hook = new Thread(() -> deleteQuietly(tmp), "euromesh-tmp-cleanup");
            boolean hooked = false;
            try {
                Runtime.getRuntime().addShutdownHook(hook);
                hooked = true;
                fill.into(tmp);
                readableByAll(tmp);
                move(tmp, target);
            } catch (IllegalStateException e) {
                throw new IOException("interrupted before writing " + target, e);
            } finally {
                Files.deleteIfExists(tmp);
                if (hooked) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException e) {
                        // shutting down: the hook deletes the (already deleted) temporary file
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes temporary files of {@code name} that a killed (SIGKILL) earlier write left: those
     * named {@code .NAME<digits>.tmp} and older than this JVM, so never a live write's.
     */
    static void sweep(Path parent, String name) {
        String prefix = "." + name;
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(parent, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp")
                    && n.substring(prefix.length(), n.length() - ".tmp".length()).matches("[0-9]+");
        })) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toMillis() < jvmStart) {
                    deleteQuietly(f);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover does not stop this write.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort at shutdown
        }
    }

    /** Temporary files are created owner-only; a written result (or baseline) should read like any file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Moves {@code from} over {@code to}, atomically where the file system allows. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

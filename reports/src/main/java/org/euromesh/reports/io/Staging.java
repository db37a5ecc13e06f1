package org.euromesh.reports.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One all-or-nothing write of a folder: a hidden staging sibling {@code .NAME.tmpNNNN/} that
 * becomes the folder in one rename, with a JVM shutdown hook so that Ctrl-C or SIGTERM at any
 * moment leaves either the previous folder or the new one, never a staging folder.
 *
 * <p>Life cycle: {@link #begin} creates the staging folder (with the {@link OutputFolder#MARKER}
 * and a {@value #OWNER} file holding this process's id) and registers the hook;
 * the caller renders into {@link #dir()}; {@link #commit} moves it into place; {@link #close}
 * removes whatever is left and the hook. If the target exists, the files of it that the new
 * content does not replace are hard-linked (or copied) into the staging folder first, then the
 * old folder is renamed aside and the staging folder renamed into place: two renames, done under
 * the same lock the hook takes, so the hook never sees the folder half-swapped.
 *
 * <p>A process killed with SIGKILL cannot clean up: {@link #sweep} removes staging folders of
 * dead processes (their {@value #OWNER} names a process that no longer runs, or, for folders
 * without it, they are older than this JVM) at the start of the next write, and puts back a
 * previous folder renamed aside but not yet replaced.
 */
public final class Staging implements AutoCloseable {

    /** File in a staging folder naming the process that writes it; removed before the folder goes live. */
    static final String OWNER = ".euromesh-staging";
    private static final String OLD = "old";

    private enum Phase { RENDERING, SWAPPING, DONE, ABORTED }

    private final Path target;
    private final Path dir;
    private final Thread hook;
    private final Object lock = new Object();
    private Phase phase = Phase.RENDERING;
    private Path old;

    private Staging(Path target, Path dir) {
        this.target = target;
        this.dir = dir;
        this.hook = new Thread(this::abort, "euromesh-staging-cleanup");
    }

    /** The staging prefix of {@code target}'s siblings: {@code .NAME.tmp}. */
    static String prefix(Path target) {
        return "." + target.getFileName() + ".tmp";
    }

    /** Creates the staging folder beside {@code target} (absolute, normalised) and registers the hook. */
    public static Staging begin(Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        sweep(target);
        Path dir = Files.createTempDirectory(parent, prefix(target));
        Staging s = new Staging(target, dir);
        try {
            Runtime.getRuntime().addShutdownHook(s.hook);
        } catch (IllegalStateException e) {
            deleteTree(dir); // the JVM is already shutting down: write nothing
            throw new IOException("interrupted before writing " + target, e);
        }
        try {
            Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            OutputFolder.mark(dir);
        } catch (IOException | RuntimeException e) {
            s.close(); // e.g. disk full: remove the staging folder and the hook
            throw e;
        }
        return s;
    }

    public Path dir() {
        return dir;
    }

    /** Makes the staged content the target. */
    public void commit() throws IOException {
        Files.deleteIfExists(dir.resolve(OWNER));
        boolean replacing = Files.exists(target);
        if (replacing) {
            keepOthers(target, dir);
        }
        synchronized (lock) {
            if (phase == Phase.ABORTED) {
                throw new IOException("interrupted while writing " + target);
            }
            phase = Phase.SWAPPING;
            if (replacing) {
                old = Files.createTempDirectory(target.getParent(), prefix(target) + OLD);
                Files.delete(old);
                AtomicFiles.move(target, old);
            }
            try {
                AtomicFiles.move(dir, target);
            } catch (IOException e) {
                if (old != null) {
                    AtomicFiles.move(old, target); // put the previous folder back
                    old = null;
                }
                phase = Phase.ABORTED;
                throw e;
            }
            phase = Phase.DONE;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder (if not committed) and the hook. */
    @Override
    public void close() {
        synchronized (lock) {
            if (phase == Phase.RENDERING) {
                phase = Phase.ABORTED;
            }
        }
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
        deleteOldIfSwapped();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook runs (or ran) and finds nothing left to do.
        }
    }

    /**
     * What the shutdown hook does: while rendering, delete the staging folder (repeatedly, as the
     * rendering thread may still be writing into it until the JVM halts); after the swap, delete
     * the old folder. Never leaves the target half-swapped: it waits for a swap in progress.
     */
    void abort() {
        Phase seen;
        synchronized (lock) {
            if (phase == Phase.RENDERING) {
                phase = Phase.ABORTED;
            }
            seen = phase;
        }
        if (seen == Phase.ABORTED) {
            for (int i = 0; i < 20 && Files.exists(dir); i++) {
                deleteTree(dir);
                if (Files.exists(dir)) {
                    pause();
                }
            }
        }
        deleteOldIfSwapped();
    }

    /** The previous folder, renamed aside, goes only once the new one is in place. */
    private void deleteOldIfSwapped() {
        Path aside;
        synchronized (lock) {
            aside = phase == Phase.DONE ? old : null;
        }
        if (aside != null && Files.exists(aside)) {
            deleteTree(aside);
        }
    }

    /** Hard-links (or copies) every file of {@code from} that {@code into} lacks, recursively. */
    private static void keepOthers(Path from, Path into) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path e : entries) {
                Path there = into.resolve(e.getFileName().toString());
                if (Files.isDirectory(e)) {
                    Files.createDirectories(there);
                    keepOthers(e, there);
                } else if (!Files.exists(there)) {
                    try {
                        Files.createLink(there, e);
                    } catch (IOException | UnsupportedOperationException linkFailed) {
                        Files.copy(e, there, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    /**
     * Removes the staging folders of earlier runs of {@code target} that were killed, and puts
     * back a previous folder that was renamed aside when the run was killed mid-swap.
     */
    static void sweep(Path target) {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = prefix(target);
        FileTime jvmStart = FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith(prefix) && Files.isDirectory(p))) {
            for (Path p : entries) {
                if (!stale(p, jvmStart)) {
                    continue;
                }
                if (p.getFileName().toString().startsWith(prefix + OLD) && !Files.exists(target)) {
                    try {
                        AtomicFiles.move(p, target);
                        continue;
                    } catch (FileAlreadyExistsException e) {
                        // another process put a folder there meanwhile: drop the old one
                    }
                }
                deleteTree(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover of a killed run does not stop this one.
        }
    }

    /** A staging folder of a process that no longer runs, or of an unknown one started before this JVM. */
    private static boolean stale(Path p, FileTime jvmStart) throws IOException {
        Path owner = p.resolve(OWNER);
        if (Files.isRegularFile(owner)) {
            try {
                long pid = Long.parseLong(Files.readString(owner).trim());
                return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            } catch (NumberFormatException | IOException e) {
                return Files.getLastModifiedTime(p).compareTo(jvmStart) < 0;
            }
        }
        return Files.getLastModifiedTime(p).compareTo(jvmStart) < 0;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Best effort: what is left is swept by the next write.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

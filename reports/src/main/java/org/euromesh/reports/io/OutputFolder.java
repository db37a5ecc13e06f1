package org.euromesh.reports.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a command may write its output folder. A run never writes into a folder it did not
 * create: every folder it creates carries the marker file {@link #MARKER}, and an existing folder
 * is written into only if it has that marker, or is empty. A parameter folder (one holding
 * {@code parameters.yaml}) is never an output folder, nor is the current folder or one of its
 * ancestors: a report's {@code regions.csv} must never replace a user's {@code regions.csv}.
 */
public final class OutputFolder {

    /** Present in every folder euromesh created; its presence is the permission to replace the files. */
    public static final String MARKER = ".euromesh-output";
    static final String MARKER_TEXT = "This folder was written by euromesh; a later run may replace its files.\n";
    /** The file that makes a folder a parameter folder. */
    static final String PARAMETERS = "parameters.yaml";

    private OutputFolder() {
    }

    /**
     * Checks {@code out} (as given to {@code option}, e.g. {@code --out}) before any work.
     *
     * @param params the parameter folder of the run, or null
     * @return the absolute, normalised folder
     * @throws IllegalArgumentException naming the option, the folder and what to do instead
     */
    public static Path check(String option, Path out, Path params) {
        String shown = option + " " + (out == null ? "" : out);
        if (out == null || out.toString().isBlank()) {
            throw new IllegalArgumentException(option + " is empty; give the name of a new folder, e.g. " + option
                    + " euromesh-out");
        }
        Path abs = out.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new IllegalArgumentException(shown + ": is a file-system root; give the name of a new folder");
        }
        if (cwd.startsWith(abs)) {
            throw new IllegalArgumentException(shown + ": is the current folder" + (abs.equals(cwd) ? "" : " or holds it")
                    + "; euromesh writes into a folder of its own, e.g. " + option + " euromesh-out");
        }
        if (params != null) {
            Path p = real(params.toAbsolutePath().normalize());
            Path o = real(abs);
            if (p.startsWith(o)) {
                throw new IllegalArgumentException(shown + ": " + (p.equals(o) ? "is" : "holds")
                        + " the parameter folder given to --params; choose another output folder");
            }
        }
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new IllegalArgumentException(shown + ": " + up + " is a file, not a folder");
                }
                break;
            }
        }
        checkWritable(abs, shown);
        return abs;
    }

    /**
     * The folder-level rules alone (for writers called without an option name): {@code out} may
     * be missing, an empty folder, or a folder with the {@link #MARKER}; never a file or a
     * parameter folder.
     */
    public static void checkWritable(Path out, String shown) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException(shown + ": exists and is not a folder; expected a folder");
        }
        if (!Files.isReadable(out)) {
            throw new IllegalArgumentException(shown + ": the folder is unreadable (permission denied)");
        }
        if (Files.exists(out.resolve(PARAMETERS))) {
            throw new IllegalArgumentException(shown + ": is a parameter folder (it holds " + PARAMETERS
                    + "); euromesh never writes its output into one; choose another output folder");
        }
        if (isEmpty(out)) {
            return;
        }
        if (!Files.isRegularFile(out.resolve(MARKER))) {
            throw new IllegalArgumentException(shown + ": the folder exists and was not written by euromesh (no "
                    + MARKER + " file in it); choose a new folder, or remove this one");
        }
        for (Path sub : subfolders(out)) {
            if (Files.exists(sub.resolve(PARAMETERS))) {
                throw new IllegalArgumentException(shown + ": holds the parameter folder " + sub.getFileName()
                        + "; move it out, or choose another output folder");
            }
        }
    }

    /** Writes the marker into a folder being created. */
    static void mark(Path dir) throws IOException {
        Files.writeString(dir.resolve(MARKER), MARKER_TEXT);
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static java.util.List<Path> subfolders(Path dir) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            entries.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}

package org.euromesh.reports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.euromesh.reports.charts.ChartRenderer;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.io.AtomicFiles;

/**
 * Writes a folder all or nothing: everything is rendered into a hidden temporary sibling, which
 * then becomes the folder (or, if the folder exists, has its files moved over their namesakes,
 * leaving other files alone). A failure leaves the folder as it was.
 */
public final class StagedFolder {

    /** Renders a folder's files into the given (empty) directory. */
    @FunctionalInterface
    public interface Content {
        void renderInto(Path dir) throws IOException;
    }

    private StagedFolder() {
    }

    /**
     * @param what what is written, for error messages (e.g. "report")
     * @throws IllegalArgumentException if {@code outDir} exists and is not a folder
     */
    public static void write(Path outDir, String what, Content content) {
        Path out = outDir.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(outDir + ": exists and is not a folder; expected a folder for the " + what);
        }
        Path tmp = null;
        try {
            Files.createDirectories(out.getParent());
            tmp = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".tmp");
            readableByAll(tmp);
            content.renderInto(tmp);
            if (Files.exists(out)) {
                moveInto(tmp, out);
            } else {
                AtomicFiles.move(tmp, out);
                tmp = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + outDir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /**
     * Writes each chart as NAME.png and NAME.svg into {@code chartDir}; returns the PNGs by name.
     * Rendering is most of a report's cost (about a second for a dozen charts), so charts are
     * rendered in parallel, each chart by one thread (a chart object is not shared), and written
     * in order.
     */
    public static Map<String, byte[]> writeCharts(List<NamedChart> charts, Path chartDir) throws IOException {
        Files.createDirectories(chartDir);
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (NamedChart c : charts) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("two charts named '" + c.name() + "'");
            }
        }
        List<byte[][]> rendered = charts.parallelStream()
                .map(c -> new byte[][] {ChartRenderer.png(c.chart()), ChartRenderer.svg(c.chart())})
                .toList();
        for (int i = 0; i < charts.size(); i++) {
            String name = charts.get(i).name();
            pngs.put(name, rendered.get(i)[0]);
            Files.write(chartDir.resolve(name + ".png"), rendered.get(i)[0]);
            Files.write(chartDir.resolve(name + ".svg"), rendered.get(i)[1]);
        }
        return pngs;
    }

    /** Moves every file of {@code from} (and its subfolders) over its namesake in {@code to}. */
    private static void moveInto(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path e : entries) {
                Path target = to.resolve(e.getFileName().toString());
                if (Files.isDirectory(e)) {
                    Files.createDirectories(target);
                    moveInto(e, target);
                } else {
                    AtomicFiles.move(e, target);
                }
            }
        }
    }

    /** Temporary folders are created owner-only; a report folder is meant to be shared. */
    private static void readableByAll(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: its defaults apply.
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover hidden temporary folder is harmless and named after the report.
        }
    }
}

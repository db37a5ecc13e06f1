package org.euromesh.reports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euromesh.reports.charts.ChartRenderer;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.io.OutputFolder;
import org.euromesh.reports.io.Staging;

/**
 * Writes a folder all or nothing: everything is rendered into a hidden temporary sibling, which
 * then becomes the folder in one rename (if the folder exists, its files that the new content
 * does not replace are carried over first). A failure, Ctrl-C or SIGTERM leaves the folder as
 * it was and no temporary sibling ({@link Staging}). Only a folder euromesh created (it holds the
 * {@link OutputFolder#MARKER}), or an empty one, is ever replaced ({@link OutputFolder}).
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
     * @throws IllegalArgumentException if {@code outDir} exists and is not a folder, is a parameter
     *                                  folder, or is a folder euromesh did not create
     */
    public static void write(Path outDir, String what, Content content) {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            throw new IllegalArgumentException(outDir + ": cannot write the " + what + " to a file-system root");
        }
        OutputFolder.checkWritable(out, outDir.toString());
        try (Staging staging = Staging.begin(out)) {
            readableByAll(staging.dir());
            content.renderInto(staging.dir());
            staging.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes each chart as NAME.png (and NAME.svg when {@code svg}) into {@code chartDir}; returns the
     * PNGs by name.
     * Rendering is most of a report's cost (about a second for a dozen charts), so charts are
     * rendered in parallel, each chart by one thread (a chart object is not shared), and written
     * in order.
     */
    public static Map<String, byte[]> writeCharts(List<NamedChart> charts, Path chartDir, boolean svg)
            throws IOException {
        return writeCharts(charts, chartDir, svg, () -> { });
    }

    /** {@link #writeCharts(List, Path, boolean)}, running {@code chartDone} after each chart (from any thread). */
    public static Map<String, byte[]> writeCharts(List<NamedChart> charts, Path chartDir, boolean svg,
                                                  Runnable chartDone) throws IOException {
        Files.createDirectories(chartDir);
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (NamedChart c : charts) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("two charts named '" + c.name() + "'");
            }
        }
        List<byte[][]> rendered = charts.parallelStream()
                .map(c -> {
                    byte[][] r = {ChartRenderer.png(c.chart()), svg ? ChartRenderer.svg(c.chart()) : null};
                    chartDone.run();
                    return r;
                })
                .toList();
        for (int i = 0; i < charts.size(); i++) {
            String name = charts.get(i).name();
            pngs.put(name, rendered.get(i)[0]);
            Files.write(chartDir.resolve(name + ".png"), rendered.get(i)[0]);
            if (svg) {
                Files.write(chartDir.resolve(name + ".svg"), rendered.get(i)[1]);
            }
        }
        return pngs;
    }

    /** Temporary folders are created owner-only; a report folder is meant to be shared. */
    private static void readableByAll(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: its defaults apply.
        }
    }
}

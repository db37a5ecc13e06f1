package org.euromesh.reports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.euromesh.reports.charts.ChartRenderer;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.charts.ReportCharts;
import org.euromesh.reports.cli.AtomicFiles;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import org.euromesh.reports.tables.Csv;
import org.euromesh.reports.tables.ReportTables;

/**
 * Writes the report folder: {@code summary.json}, {@code report.md}, a self-contained
 * {@code report.html}, the CSV tables and {@code charts/*.png|svg}.
 *
 * <p>Everything is rendered into a temporary sibling folder first. If the target folder does
 * not exist, that folder is then renamed into place in one step; if it exists, each file is
 * moved over its old version (other files in it are left alone). Either way a failure while
 * rendering leaves nothing behind.
 */
public final class ReportWriter {

    /** The files written at the top of the folder (charts go to {@link #CHARTS}). */
    public static final List<String> FILES = List.of("summary.json", "report.md", "report.html", "percentiles.csv",
            "probabilities.csv", "targets.csv", "regions.csv");
    public static final String CHARTS = "charts";

    private ReportWriter() {
    }

    /** The report of {@code summary} in {@code outDir}. */
    public static void write(Summary summary, Path outDir) {
        write(summary, outDir, List.of());
    }

    /**
     * The report with {@code extra} sections (e.g. sensitivity) after the charts; their charts are
     * written beside the others.
     */
    public static void write(Summary summary, Path outDir, List<ReportSection> extra) {
        Objects.requireNonNull(summary, "summary");
        Path out = outDir.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(outDir + ": exists and is not a folder; expected a folder for the report");
        }
        Path parent = out.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp");
            readableByAll(tmp);
            render(summary, extra, tmp);
            if (Files.exists(out)) {
                moveInto(tmp, out);
            } else {
                AtomicFiles.move(tmp, out);
                tmp = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report to " + outDir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** Renders every file into {@code dir}. */
    static void render(Summary s, List<ReportSection> extra, Path dir) throws IOException {
        List<NamedChart> charts = ReportCharts.all(s);
        List<NamedChart> allCharts = new ArrayList<>(charts);
        extra.forEach(x -> allCharts.addAll(x.charts()));
        Path chartDir = Files.createDirectories(dir.resolve(CHARTS));
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (NamedChart c : allCharts) {
            if (pngs.containsKey(c.name())) {
                throw new IllegalArgumentException("two charts named '" + c.name() + "'");
            }
            byte[] png = ChartRenderer.png(c.chart());
            pngs.put(c.name(), png);
            Files.write(chartDir.resolve(c.name() + ".png"), png);
            Files.write(chartDir.resolve(c.name() + ".svg"), ChartRenderer.svg(c.chart()));
        }
        List<Block> doc = ReportContent.build(s, charts, extra);
        write(dir.resolve("summary.json"), SummaryJson.write(s));
        write(dir.resolve("report.md"), MarkdownRenderer.render(doc));
        write(dir.resolve("report.html"), HtmlRenderer.render(ReportContent.TITLE, doc, pngs));
        for (ReportTables.Named t : ReportTables.all(s)) {
            write(dir.resolve(t.fileName()), Csv.of(t.table()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Moves every file of {@code from} (one level of subfolders) over its namesake in {@code to}. */
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

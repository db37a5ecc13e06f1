package org.euromesh.reports.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.euromesh.engine.ProgressListener;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.charts.ReportCharts;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import org.euromesh.reports.tables.Csv;
import org.euromesh.reports.tables.ReportTables;

/**
 * Writes the report folder: {@code summary.json}, {@code report.md}, a self-contained
 * {@code report.html}, the CSV tables and {@code charts/*.png}; when asked ({@link OutputFormats}),
 * {@code report.pdf} from the same HTML and {@code charts/*.svg}.
 *
 * <p>Everything is rendered into a temporary sibling folder first. If the target folder does
 * not exist, that folder is then renamed into place in one step; if it exists, each file is
 * moved over its old version (other files in it are left alone). Either way a failure while
 * rendering leaves nothing behind.
 */
public final class ReportWriter {

    /** The files always written at the top of the folder (charts go to {@link #CHARTS}; report.pdf on request). */
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
        write(summary, outDir, extra, OutputFormats.DEFAULT);
    }

    /** {@link #write(Summary, Path, List)}, with the optional files of {@code formats}. */
    public static void write(Summary summary, Path outDir, List<ReportSection> extra, OutputFormats formats) {
        write(summary, outDir, extra, formats, ProgressListener.NONE);
    }

    /**
     * {@link #write(Summary, Path, List, OutputFormats)}; {@code progress} counts the steps done:
     * each chart, then report.md, report.html, report.pdf (if asked for) and the tables.
     */
    public static void write(Summary summary, Path outDir, List<ReportSection> extra, OutputFormats formats,
                             ProgressListener progress) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(formats, "formats");
        StagedFolder.write(outDir, "report", dir -> render(summary, extra, dir, formats, progress));
    }

    /** Renders every file into {@code dir}. */
    static void render(Summary s, List<ReportSection> extra, Path dir, OutputFormats formats,
                       ProgressListener progress) throws IOException {
        List<NamedChart> charts = ReportCharts.all(s);
        List<NamedChart> allCharts = new ArrayList<>(charts);
        extra.forEach(x -> allCharts.addAll(x.charts()));
        long steps = allCharts.size() + (formats.pdf() ? 4 : 3);
        AtomicLong done = new AtomicLong();
        Runnable step = () -> progress.onProgress(done.incrementAndGet(), steps);
        Map<String, byte[]> pngs = StagedFolder.writeCharts(allCharts, dir.resolve(CHARTS), formats.svg(), step);
        List<Block> doc = ReportContent.build(s, charts, extra);
        write(dir.resolve("summary.json"), SummaryJson.write(s));
        write(dir.resolve("report.md"), MarkdownRenderer.render(doc, formats.svg()));
        step.run();
        String html = HtmlRenderer.render(ReportContent.TITLE, doc, pngs);
        write(dir.resolve("report.html"), html);
        step.run();
        if (formats.pdf()) {
            Files.write(dir.resolve("report.pdf"), PdfRenderer.render(html));
            step.run();
        }
        for (ReportTables.Named t : ReportTables.all(s)) {
            write(dir.resolve(t.fileName()), Csv.of(t.table()));
        }
        step.run();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

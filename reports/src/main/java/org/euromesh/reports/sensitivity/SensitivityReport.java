package org.euromesh.reports.sensitivity;

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
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.HtmlRenderer;
import org.euromesh.reports.report.MarkdownRenderer;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.report.StagedFolder;

/**
 * Writes the stand-alone sensitivity report: {@code sensitivity.json}, {@code sensitivity.md}, a
 * self-contained {@code sensitivity.html} and {@code charts/NAME.png} (and {@code .svg} on request) for every chart of the
 * section.
 *
 * <p>All or nothing, like the main report: everything is rendered into a temporary sibling
 * folder first; if the target folder does not exist that folder is renamed into place in one
 * step, otherwise each file is moved over its old version (other files are left alone). A
 * failure while rendering leaves nothing behind.
 */
public final class SensitivityReport {

    public static final String TITLE = "EuroMesh MC sensitivity: what drives the answer";
    /** The files written at the top of the folder (charts go to {@link #CHARTS}). */
    public static final List<String> FILES = List.of("sensitivity.json", "sensitivity.md", "sensitivity.html");
    public static final String CHARTS = "charts";

    private SensitivityReport() {
    }

    /** Rejects an output path that exists and is not a folder (bad input: call before any work). */
    public static void checkOut(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(outDir + ": exists and is not a folder; expected a folder for the report");
        }
        if (out.getParent() == null) {
            throw new IllegalArgumentException(outDir + ": cannot write the report to a file system root");
        }
    }

    /**
     * @param intro   blocks before the section (e.g. scenario and version), after the title
     * @param section the "what drives the answer" section, from {@link SensitivitySection#of}
     * @param json    the machine-readable result, written as sensitivity.json
     * @param svg     whether to write charts/NAME.svg beside every PNG
     */
    public static void write(Path outDir, List<Block> intro, ReportSection section, byte[] json, boolean svg) {
        write(outDir, intro, section, json, svg, ProgressListener.NONE);
    }

    /** {@link #write(Path, List, ReportSection, byte[], boolean)}; {@code progress} counts each chart and file written. */
    public static void write(Path outDir, List<Block> intro, ReportSection section, byte[] json, boolean svg,
                             ProgressListener progress) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(json, "json");
        checkOut(outDir);
        StagedFolder.write(outDir, "sensitivity report", dir -> render(intro, section, json, svg, dir, progress));
    }

    /** The report document: title, intro, then the section under its heading. */
    static List<Block> document(List<Block> intro, ReportSection section) {
        List<Block> doc = new ArrayList<>();
        doc.add(new Block.Heading(1, TITLE));
        doc.addAll(intro);
        doc.add(new Block.Heading(2, section.title()));
        doc.addAll(section.blocks());
        return doc;
    }

    private static void render(List<Block> intro, ReportSection section, byte[] json, boolean svg, Path dir,
                               ProgressListener progress) throws IOException {
        long steps = section.charts().size() + 1L;
        AtomicLong done = new AtomicLong();
        Runnable step = () -> progress.onProgress(done.incrementAndGet(), steps);
        Map<String, byte[]> pngs = StagedFolder.writeCharts(section.charts(), dir.resolve(CHARTS), svg, step);
        List<Block> doc = document(intro, section);
        Files.write(dir.resolve("sensitivity.json"), json);
        Files.writeString(dir.resolve("sensitivity.md"), MarkdownRenderer.render(doc, svg), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sensitivity.html"), HtmlRenderer.render(TITLE, doc, pngs), StandardCharsets.UTF_8);
        step.run();
    }
}

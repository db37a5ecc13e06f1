package org.euromesh.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.XmlCheck;
import org.euromesh.reports.charts.ReportCharts;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileAndASelfContainedHtmlThatParses() throws IOException {
        Summary s = TestRuns.small();
        Path out = tmp.resolve("report");
        ReportWriter.write(s, out, List.of(), OutputFormats.ALL);
        for (String f : ReportWriter.FILES) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        for (String c : List.of("delivery_histogram", "delivery_scurves", "lead_time", "regions_scorecard",
                "regions_rank", "convergence")) {
            BufferedImage img = ImageIO.read(out.resolve("charts/" + c + ".png").toFile());
            assertEquals(ReportCharts.WIDTH, img.getWidth(), c);
            XmlCheck.parse(Files.readAllBytes(out.resolve("charts/" + c + ".svg")));
        }
        assertEquals(s, SummaryJson.read(out.resolve("summary.json")));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 3, "report.pdf has " + pdf.getNumberOfPages() + " pages");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Can Europe train a frontier-class AI model"), "the PDF is the report");
            if (java.nio.file.Files.exists(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))) {
                assertTrue(text.contains("τ_mega"), "non-Latin-1 text survives (embedded DejaVu Sans)");
            }
        }

        byte[] html = Files.readAllBytes(out.resolve("report.html"));
        Document doc = XmlCheck.parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        assertEquals(ReportCharts.all(s).size(), doc.getElementsByTagName("img").getLength(), "every chart embedded");
        String text = new String(html, StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("<(script|link|iframe)", Pattern.CASE_INSENSITIVE).matcher(text).find(), "no scripts");
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(text).find(),
                "no external references");
        assertTrue(text.contains("src=\"data:image/png;base64,"));

        String md = Files.readString(out.resolve("report.md"));
        for (String must : List.of("P(federation first)", "Wilson", "MC s.e.", "seed", "20260601", "ESTIMATE", "k\\_h",
                "tau\\_mega", "after 2049", "How to read this report", "charts/delivery_scurves.png", "nordics")) {
            assertTrue(md.contains(must), must);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void pdfAndSvgOnlyWhenAskedAndMarkdownLinksOnlyWhatExists() throws IOException {
        Summary s = TestRuns.small();
        Path plain = tmp.resolve("plain");
        ReportWriter.write(s, plain);
        assertFalse(Files.exists(plain.resolve("report.pdf")), "no PDF unless asked");
        try (Stream<Path> charts = Files.list(plain.resolve(ReportWriter.CHARTS))) {
            List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".png")), "PNG only unless asked: " + names);
        }
        String md = Files.readString(plain.resolve("report.md"));
        assertFalse(md.contains(".svg"), "no link to an SVG that was not written");

        Path all = tmp.resolve("all");
        ReportWriter.write(s, all, List.of(), OutputFormats.ALL);
        String mdAll = Files.readString(all.resolve("report.md"));
        for (String png : md.lines().filter(l -> l.startsWith("![")).toList()) {
            String name = png.substring(png.indexOf("](charts/") + 9, png.indexOf(".png)"));
            assertTrue(Files.exists(all.resolve("charts/" + name + ".svg")), name);
            assertTrue(mdAll.contains("[charts/" + name + ".svg](charts/" + name + ".svg)"), name);
        }
        // The optional files change nothing else: the same HTML and tables.
        for (String f : List.of("report.html", "summary.json", "targets.csv", "regions.csv")) {
            assertEquals(Files.readString(plain.resolve(f)), Files.readString(all.resolve(f)), f);
        }
    }

    @Test
    void csvTablesHaveOneRowPerTargetAndRegion() throws IOException {
        Summary s = TestRuns.small();
        Path out = tmp.resolve("r");
        ReportWriter.write(s, out);
        List<String> targets = Files.readAllLines(out.resolve("targets.csv"));
        assertEquals(1 + s.metadata().targets().size(), targets.size());
        assertTrue(targets.get(0).startsWith("target,compute_flop,p_win,p_win_lo,p_win_hi"), targets.get(0));
        assertEquals(1 + s.metadata().regions().size(), Files.readAllLines(out.resolve("regions.csv")).size());
        assertTrue(Files.readString(out.resolve("percentiles.csv")).startsWith("output,unit,level,value,lo,hi\n"));
        assertTrue(Files.readString(out.resolve("probabilities.csv")).contains("405B.win,P(true),"));
    }

    @Test
    void rewritingAnExistingFolderReplacesOurFilesAndKeepsOthers() throws IOException {
        Path out = tmp.resolve("r");
        ReportWriter.write(TestRuns.small(), out); // a folder euromesh created (marked): later runs may rewrite it
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("report.md"), "old");
        ReportWriter.write(TestRuns.small(), out);
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.readString(out.resolve("report.md")).startsWith("# Can Europe train a frontier-class AI model"));
    }

    @Test
    void aFileInTheWayIsBadInputAndNothingIsWritten() throws IOException {
        Path out = Files.writeString(tmp.resolve("taken"), "x");
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(TestRuns.small(), out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList());
        }
    }

    @Test
    void extraSectionsAreRenderedWithTheirCharts() throws IOException {
        Summary s = TestRuns.small();
        ReportSection extra = new ReportSection("Sensitivity", List.of(new Block.Paragraph("Extra words."),
                new Block.Figure("extra_chart", "Extra", "An extra chart.")),
                List.of(new org.euromesh.reports.charts.NamedChart("extra_chart", "Extra", "An extra chart.",
                        ReportCharts.all(s).get(0).chart())));
        Path out = tmp.resolve("r");
        ReportWriter.write(s, out, List.of(extra));
        assertTrue(Files.exists(out.resolve("charts/extra_chart.png")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("## Sensitivity\n\nExtra words."));
        XmlCheck.parse(Files.readAllBytes(out.resolve("report.html")));
    }
}

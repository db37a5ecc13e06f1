package org.euromesh.reports.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.params.ParameterLoader;
import org.euromesh.reports.XmlCheck;
import org.euromesh.reports.charts.ChartRenderer;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.ReportSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's "what drives the answer" section on the shipped baseline (small, seeded design). */
class SensitivitySectionTest {

    private static SensitivityResult result;

    @BeforeAll
    static void analyse() {
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA));
        result = org.euromesh.model.EuroMeshSensitivity.analysis(model).withSeed(20260601L).withThreads(2)
                .withSobolSamples(256).withRankSamples(2000).withBootstrap(100).run();
    }

    @Test
    void tornadoChartRendersNonBlank() throws IOException {
        ReportSection s = SensitivitySection.of(result, List.of("405B"));
        NamedChart tornado = s.charts().get(0);
        assertEquals("tornado_405b", tornado.name());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(tornado.chart())));
        assertEquals(TornadoPlot.WIDTH, img.getWidth());
        assertEquals(TornadoPlot.HEIGHT, img.getHeight());
        long coloured = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int b = rgb & 0xFF;
                if (r > 150 && b < 100 || b > 150 && r < 100) {
                    coloured++; // red or blue bar pixels
                }
            }
        }
        assertTrue(coloured > 2000, "bars drawn: " + coloured);
        org.w3c.dom.Document svg = XmlCheck.parse(ChartRenderer.svg(tornado.chart()));
        assertEquals("svg", svg.getDocumentElement().getLocalName(), "an SVG document");
    }

    @Test
    void sectionHasIndicesWithIntervalsConstantNoteAndVerdict() {
        ReportSection s = SensitivitySection.of(result, List.of("405B", "frontier-2028"));
        String text = s.blocks().toString();
        // Sobol table rows carry "[lo, hi]" intervals.
        assertTrue(s.blocks().stream().anyMatch(b -> b instanceof Block.Table t
                && t.header().get(1).startsWith("first order S") && t.rows().get(0).get(1).matches("-?\\d\\.\\d{3} \\[.*, .*\\]")));
        // 405B: P(win) = 1 on every path, so its indices are undefined and the section says so.
        assertTrue(text.contains("constant"), text);
        assertTrue(text.contains("second-order HOLDS for 405B"), text);
        // frontier-2028: the efficiency group matters for whether the federation wins.
        assertTrue(text.contains("does NOT hold for frontier-2028"), text);
        assertTrue(text.contains("Rule: second-order when"), text);
        // Rank correlations are labelled for what they are, and the independence warning is shown as bullets.
        assertTrue(text.contains(SensitivitySection.RHO_SHARE_LABEL), text);
        assertTrue(s.blocks().stream().anyMatch(b -> b instanceof Block.Bullets l && !l.items().isEmpty()));
        // Every Sobol table: groups first, and both columns carry intervals.
        for (Block b : s.blocks()) {
            if (b instanceof Block.Table t && t.header().get(1).startsWith("first order S")) {
                assertTrue(t.rows().get(0).get(0).startsWith("group: "), t.toString());
                for (List<String> row : t.rows()) {
                    assertTrue(row.get(1).matches("-?\\d\\.\\d{3} \\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\]"), row.toString());
                    assertTrue(row.get(2).matches("-?\\d\\.\\d{3} \\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\]"), row.toString());
                }
            }
        }
        assertFalse(s.blocks().isEmpty());
    }

    @Test
    void constantWinNoteIsTheOnlyContentOfThe405bWinIndices() {
        List<Block> blocks = SensitivitySection.of(result, List.of("405B")).blocks();
        int at = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Paragraph p && p.lead().startsWith("Sobol indices of 405B.win")) {
                at = i;
            }
        }
        assertTrue(at >= 0, blocks.toString());
        Block next = blocks.get(at + 1);
        assertTrue(next instanceof Block.Paragraph p && p.text().contains("constant"), next.toString());
        assertFalse(blocks.get(at + 2) instanceof Block.Table t && t.header().get(1).startsWith("first order S"),
                "no index table for a constant output");
    }

    @Test
    void secondOrderRule() {
        var small = index(0.02, 0.01, 0.03);
        assertTrue(SensitivitySection.isSecondOrder(small, index(0.8, 0.7, 0.9)));
        assertFalse(SensitivitySection.isSecondOrder(index(0.09, 0.08, 0.11), index(0.8, 0.7, 0.9)), "upper bound over 0.1");
        assertFalse(SensitivitySection.isSecondOrder(small, index(0.04, 0.02, 0.06)), "overlaps the driver");
    }

    private static org.euromesh.engine.sensitivity.SobolIndex index(double total, double lo, double hi) {
        var ci = new org.euromesh.engine.sensitivity.Interval(lo, hi);
        return new org.euromesh.engine.sensitivity.SobolIndex("x", List.of("x"), false, total, ci, total, ci);
    }

    @Test
    void standaloneReportIsAllOrNothingWithSelfContainedHtml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        ReportSection s = SensitivitySection.of(result, List.of("405B"));
        java.nio.file.Path out = tmp.resolve("sens");
        SensitivityReport.write(out, List.of(), s, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        for (String f : SensitivityReport.FILES) {
            assertTrue(java.nio.file.Files.size(out.resolve(f)) > 0, f);
        }
        byte[] html = java.nio.file.Files.readAllBytes(out.resolve("sensitivity.html"));
        XmlCheck.parse(html);
        String h = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(h.contains("data:image/png;base64,") && !h.contains("http://") && !h.contains("https://")
                && !h.contains("<script"), "self-contained");
        String md = java.nio.file.Files.readString(out.resolve("sensitivity.md"));
        assertTrue(md.contains("## What drives the answer") && md.contains("](charts/tornado_405b.png)"), md);
        XmlCheck.parse(java.nio.file.Files.readAllBytes(out.resolve("charts/tornado_405b.svg")));
        try (var left = java.nio.file.Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "no temporary folder left behind");
        }
    }
}

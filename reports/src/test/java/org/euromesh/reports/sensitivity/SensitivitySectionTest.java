package org.euromesh.reports.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.euromesh.engine.euromesh.EuroMeshModel;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.params.ParameterLoader;
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
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.loadBuiltIn());
        result = SensitivityAnalysis.euroMesh(model).withSeed(20260601L).withThreads(2)
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
        String svg = new String(ChartRenderer.svg(tornado.chart()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"), "an SVG document");
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
        assertFalse(s.blocks().isEmpty());
    }
}

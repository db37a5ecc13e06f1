package org.euromesh.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.XmlCheck;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    @Test
    void everyChartRendersANonBlankPngOfTheExpectedSizeAndAnSvgThatParses() throws IOException {
        List<NamedChart> charts = ReportCharts.all(TestRuns.small());
        // The first screen's chart comes first; the headline (405B) S-curves follow because the closest race,
        // frontier-2028, is another target.
        assertEquals(List.of("answer_scurves", "delivery_histogram", "delivery_scurves", "lead_time", "regions_scorecard",
                "regions_rank", "convergence", "input_distributions"), charts.stream().map(NamedChart::name).toList());
        for (NamedChart c : charts) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(c.chart())));
            assertEquals(ReportCharts.WIDTH, img.getWidth(), c.name());
            // Small multiples grow downwards with the number of inputs; every other chart has the one size.
            assertEquals(c.name().equals(ReportCharts.INPUTS) ? c.chart().height() : ReportCharts.HEIGHT, img.getHeight(),
                    c.name());
            assertNotBlank(img, c.name());
            byte[] svg = ChartRenderer.svg(c.chart());
            assertTrue(svg.length > 1000, c.name());
            assertEquals("svg", XmlCheck.parse(svg).getDocumentElement().getLocalName(), c.name());
        }
    }

    /** Many colours and a fair share of non-white pixels: axes, labels and data were drawn. */
    static void assertNotBlank(BufferedImage img, String name) {
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() > 20, name + ": only " + colours.size() + " colours");
        assertTrue(nonWhite > 0.02 * img.getWidth() * img.getHeight(), name + ": " + nonWhite + " non-white pixels");
    }
}

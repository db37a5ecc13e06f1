package org.euromesh.reports.charts;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts headless: PNG through XChart's {@link BitmapEncoder} (or, for a grid, the same
 * steps on one image), SVG through VectorGraphics2D, the library XChart's own vector encoder uses.
 */
public final class ChartRenderer {

    static {
        // Must be set before the first AWT class loads: servers and CI have no display.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    public static byte[] png(Chart<?, ?> chart) {
        return png(new Drawing.Single(chart));
    }

    public static byte[] svg(Chart<?, ?> chart) {
        return svg(new Drawing.Single(chart));
    }

    public static byte[] png(Drawing d) {
        try {
            if (d instanceof Drawing.Single s) {
                return BitmapEncoder.getBitmapBytes(s.chart(), BitmapEncoder.BitmapFormat.PNG);
            }
            BufferedImage img = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                d.paint(g);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PNG: " + e.getMessage(), e);
        }
    }

    public static byte[] svg(Drawing d) {
        VectorGraphics2D g = new VectorGraphics2D();
        d.paint(g);
        Document doc = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0.0, 0.0, d.width(), d.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render SVG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}

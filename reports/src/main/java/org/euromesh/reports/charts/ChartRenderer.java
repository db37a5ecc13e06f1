package org.euromesh.reports.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts headless: PNG through XChart's {@link BitmapEncoder}, SVG through its
 * {@link VectorGraphicsEncoder} (VectorGraphics2D, a dependency XChart 3.8.8 already brings).
 */
public final class ChartRenderer {

    static {
        // Must be set before the first AWT class loads: servers and CI have no display.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {
    }

    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PNG: " + e.getMessage(), e);
        }
    }

    public static byte[] svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render SVG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}

package org.euromesh.reports.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.euromesh.engine.sensitivity.TornadoBar;
import org.euromesh.engine.sensitivity.TornadoChart;
import org.euromesh.reports.charts.ChartStyle;
import org.euromesh.reports.format.DisplayNames;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A tornado chart drawn with XChart (which has no horizontal bars): each input is a thick
 * horizontal segment from the output at its P10 to the output at its P90, around a vertical
 * line at the central run; the largest swing is on top.
 */
final class TornadoPlot {

    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    private static final Color LOW = new Color(0x1f77b4);
    private static final Color HIGH = new Color(0xd62728);
    private static final float BAR_WIDTH = 14f;

    private TornadoPlot() {
    }

    /**
     * @param title  what the output is, in words, e.g. "Federation's lead on 405B"
     * @param unit   the output's unit, for the axis
     */
    static XYChart of(TornadoChart t, int top, String title, String unit) {
        List<TornadoBar> bars = t.top(top);
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Tornado: " + title) // the legend says each input is at its P10 or P90, the others central
                .xAxisTitle(title + " (" + unit + ")").yAxisTitle("").build();
        var st = c.getStyler();
        ChartStyle.plain(st);
        ChartStyle.labelledBars(st, bars.stream().map(b -> DisplayNames.input(b.input())).toList());
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            double y = bars.size() - i;
            segment(c, "input at P10" + (i == 0 ? "" : " " + i), t.central(), b.outputAtLow(), y, LOW, i == 0);
            segment(c, "input at P90" + (i == 0 ? "" : " " + i), t.central(), b.outputAtHigh(), y, HIGH, i == 0);
        }
        XYSeries centre = c.addSeries("all inputs central", new double[] {t.central(), t.central()},
                new double[] {0.5, bars.size() + 0.5});
        centre.setMarker(SeriesMarkers.NONE);
        centre.setLineColor(Color.DARK_GRAY);
        centre.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
        return c;
    }

    private static void segment(XYChart c, String name, double from, double to, double y, Color color, boolean legend) {
        XYSeries s = c.addSeries(name, new double[] {from, to}, new double[] {y, y});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(BAR_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        s.setShowInLegend(legend);
    }
}

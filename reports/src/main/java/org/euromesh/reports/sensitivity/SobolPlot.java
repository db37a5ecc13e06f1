package org.euromesh.reports.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.euromesh.engine.sensitivity.Interval;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.reports.charts.ChartStyle;
import org.euromesh.reports.format.DisplayNames;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Sobol indices as horizontal bars with their 95% bootstrap intervals: per input, the total
 * effect ST (dark) above the first-order S (light), each with a black whisker across its
 * interval; largest ST on top. Drawn like {@link TornadoPlot}: thick segments, input names as
 * the y axis's tick labels.
 */
final class SobolPlot {

    private static final Color TOTAL = new Color(0x1f4e79);
    private static final Color FIRST = new Color(0x9ecae1);
    private static final float BAR = 9f;
    private static final double OFFSET = 0.17;

    private SobolPlot() {
    }

    /** @param title what the output is, in words, e.g. "whether the federation wins frontier-2028" */
    static XYChart of(SobolOutput o, int top, String title) {
        List<SobolIndex> xs = o.byTotal().stream().filter(i -> !i.group()).limit(top).toList();
        XYChart c = new XYChartBuilder().width(TornadoPlot.WIDTH).height(TornadoPlot.HEIGHT)
                .title("Sobol indices: " + title).xAxisTitle("Share of the output's variance (Sobol index, 95% interval)")
                .yAxisTitle("").build();
        var st = c.getStyler();
        ChartStyle.plain(st);
        ChartStyle.labelledBars(st, xs.stream().map(i -> DisplayNames.input(i.factor())).toList());
        st.setXAxisMin(Math.min(0.0, xs.stream().mapToDouble(i -> i.firstCi().lo()).min().orElse(0)));
        st.setXAxisMax(Math.max(1.0, xs.stream().mapToDouble(i -> i.totalCi().hi()).max().orElse(1)));
        st.setXAxisDecimalPattern("0.0");
        for (int k = 0; k < xs.size(); k++) {
            SobolIndex i = xs.get(k);
            double y = xs.size() - k;
            bar(c, "total effect ST" + (k == 0 ? "" : " " + k), i.total(), y + OFFSET, TOTAL, k == 0);
            whisker(c, "ST interval " + k, i.totalCi(), y + OFFSET, k == 0, "95% interval");
            bar(c, "first order S" + (k == 0 ? "" : " " + k), i.first(), y - OFFSET, FIRST, k == 0);
            whisker(c, "S interval " + k, i.firstCi(), y - OFFSET, false, null);
        }
        return c;
    }

    private static void bar(XYChart c, String name, double value, double y, Color color, boolean legend) {
        XYSeries s = c.addSeries(name, new double[] {0.0, value}, new double[] {y, y});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(BAR, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        s.setShowInLegend(legend);
    }

    private static void whisker(XYChart c, String name, Interval ci, double y, boolean legend, String legendName) {
        XYSeries s = c.addSeries(legend ? legendName : name, new double[] {ci.lo(), ci.hi()}, new double[] {y, y});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Color.BLACK);
        s.setLineStyle(new BasicStroke(1.5f));
        s.setShowInLegend(legend);
    }
}

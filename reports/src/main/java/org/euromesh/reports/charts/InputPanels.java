package org.euromesh.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.SpecParser;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.summary.InputEntry;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Small multiples of the input distributions, what @RISK shows as input summaries: one panel per
 * uncertain input, its density between P1 and P99 with the central value dashed. Densities come
 * from the fitted spec in the summary (finite differences of the quantile function), so a report
 * rebuilt from summary.json draws the same panels.
 */
final class InputPanels {

    static final int COLUMNS = 4;
    static final int CELL_WIDTH = ReportCharts.WIDTH / COLUMNS;
    static final int CELL_HEIGHT = 150;
    /** Points of the density curve: quantiles at P1, P2 ... P99. */
    private static final int POINTS = 99;
    private static final Color SOURCED = new Color(0x1f77b4);
    private static final Color ESTIMATE = new Color(0xff7f0e);

    private InputPanels() {
    }

    /** The uncertain inputs of {@code inputs} (fixed ones have no distribution to draw); null if there are none. */
    static Drawing of(List<InputEntry> inputs) {
        List<Chart<?, ?>> cells = new ArrayList<>();
        for (InputEntry i : inputs) {
            if (!(i.p95() > i.p5())) {
                continue;
            }
            Distribution d;
            try {
                d = SpecParser.parse(i.fitted());
            } catch (RuntimeException e) {
                continue; // a spec this version cannot parse is listed in the input table, just not drawn
            }
            cells.add(panel(i, d));
        }
        return cells.isEmpty() ? null : new Drawing.Grid(cells, COLUMNS, CELL_WIDTH, CELL_HEIGHT);
    }

    private static XYChart panel(InputEntry i, Distribution d) {
        String unit = i.unit() == null || i.unit().isBlank() || i.unit().equals("-") ? "dimensionless" : i.unit();
        XYChart c = new XYChartBuilder().width(CELL_WIDTH).height(CELL_HEIGHT)
                .title(shorten(DisplayNames.inputShort(i.name())))
                .xAxisTitle(unit).yAxisTitle("").build();
        var st = c.getStyler();
        ChartStyle.plain(st);
        st.setLegendVisible(false);
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        st.setYAxisTicksVisible(false);
        st.setPlotGridLinesVisible(false);
        st.setChartPadding(4);
        st.setXAxisTickMarkSpacingHint(45);
        st.setYAxisMin(0.0);
        st.setxAxisTickLabelsFormattingFunction(InputPanels::tick);
        double[] x = new double[POINTS - 1];
        double[] y = new double[POINTS - 1];
        double prev = d.quantile(1.0 / (POINTS + 1));
        double maxY = 0;
        for (int k = 2; k <= POINTS; k++) {
            double q = d.quantile((double) k / (POINTS + 1));
            double dx = q - prev;
            x[k - 2] = 0.5 * (q + prev);
            y[k - 2] = dx > 0 ? (1.0 / (POINTS + 1)) / dx : 0.0;
            maxY = Math.max(maxY, y[k - 2]);
            prev = q;
        }
        Color color = i.estimate() ? ESTIMATE : SOURCED;
        XYSeries s = c.addSeries("density", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(1.2f));
        s.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
        if (Double.isFinite(i.central()) && i.central() >= x[0] && i.central() <= x[x.length - 1]) {
            XYSeries m = c.addSeries("central", new double[] {i.central(), i.central()}, new double[] {0.0, maxY});
            m.setMarker(SeriesMarkers.NONE);
            m.setLineColor(Color.DARK_GRAY);
            m.setLineStyle(SeriesLines.DASH_DASH);
        }
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    /** Compact tick labels: 1.2e+07 rather than 12000000, no trailing zeros. */
    private static String tick(Double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-2)) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String shorten(String s) {
        return s.length() <= 31 ? s : s.substring(0, 30) + "…";
    }
}

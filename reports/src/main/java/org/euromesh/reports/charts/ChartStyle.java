package org.euromesh.reports.charts;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** The look every chart of the report shares, in one place. */
public final class ChartStyle {

    private ChartStyle() {
    }

    /** White, borderless, no title box; decimal points whatever the machine's locale. */
    public static void plain(AxesChartStyler st) {
        st.setLocale(Locale.ROOT);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setChartTitleBoxVisible(false);
    }

    /**
     * Horizontal bars at y = 1 … n, labelled on the y axis (the top bar is {@code labels.get(0)}),
     * with the legend under the plot, where it cannot cover a bar. Ticks fall on whole numbers
     * (one bar each) because the spacing hint is below the bar pitch; a tick between bars gets no
     * label.
     */
    public static void labelledBars(XYStyler st, List<String> labels) {
        int n = labels.size();
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setLegendBorderColor(Color.WHITE);
        st.setPlotGridHorizontalLinesVisible(false);
        st.setYAxisMin(0.5);
        st.setYAxisMax(n + 0.5);
        st.setYAxisTickMarkSpacingHint(20);
        st.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        st.setyAxisTickLabelsFormattingFunction(y -> {
            long k = Math.round(y);
            if (Math.abs(y - k) > 1e-6 || k < 1 || k > n) {
                // XChart drops ticks until their labels are unique: give each blank tick its own width of blanks.
                return " ".repeat(1 + (int) Math.max(0, Math.round(2 * y)));
            }
            return labels.get(n - (int) k);
        });
    }
}

package org.euromesh.reports.decision;

import org.euromesh.reports.charts.ChartStyle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.engine.analysis.Evppi;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.PrimStep;
import org.euromesh.engine.analysis.VoiResult;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The two decision charts: PRIM's peeling trajectory with the chosen box, and EVPPI bars with intervals. */
final class DecisionCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    private static final Color TRAIN = new Color(0x9ecae1);
    private static final Color TEST = new Color(0x1f77b4);
    private static final Color CHOSEN = new Color(0xd62728);

    private DecisionCharts() {
    }

    /** Density against coverage for every box of the trajectory, training and held-out; the chosen box in red. */
    static XYChart trajectory(String target, PrimResult r, String boxText) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Where the campus wins (" + target + "): PRIM peeling trajectory")
                .xAxisTitle("Coverage: share of the campus's wins inside the box")
                .yAxisTitle("Density: P(campus first | inside the box)").build();
        var st = c.getStyler();
        ChartStyle.plain(st);
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setXAxisMin(0.0);
        st.setXAxisMax(1.0);
        st.setYAxisMin(0.0);
        st.setYAxisMax(1.0);
        st.setXAxisDecimalPattern("0%");
        st.setYAxisDecimalPattern("0%");
        List<PrimStep> t = r.trajectory();
        XYSeries train = c.addSeries("training half", t.stream().mapToDouble(PrimStep::trainCoverage).toArray(),
                t.stream().mapToDouble(PrimStep::trainDensity).toArray());
        train.setLineColor(TRAIN);
        train.setMarker(SeriesMarkers.NONE);
        train.setLineStyle(new BasicStroke(2f));
        List<double[]> test = new ArrayList<>();
        for (PrimStep p : t) {
            if (!Double.isNaN(p.testDensity())) {
                test.add(new double[] {p.testCoverage(), p.testDensity()});
            }
        }
        XYSeries held = c.addSeries("held-out half", test.stream().mapToDouble(a -> a[0]).toArray(),
                test.stream().mapToDouble(a -> a[1]).toArray());
        held.setLineColor(TEST);
        held.setMarkerColor(TEST);
        held.setMarker(SeriesMarkers.CIRCLE);
        XYSeries base = c.addSeries("base rate", new double[] {0, 1},
                new double[] {r.baseRate().p(), r.baseRate().p()});
        base.setLineColor(Color.GRAY);
        base.setLineStyle(SeriesLines.DASH_DASH);
        base.setMarker(SeriesMarkers.NONE);
        if (r.hasBox()) {
            XYSeries chosen = c.addSeries("chosen box (held-out)", new double[] {r.coverage().p()},
                    new double[] {r.density().p()});
            chosen.setMarker(SeriesMarkers.DIAMOND);
            chosen.setMarkerColor(CHOSEN);
            chosen.setLineColor(CHOSEN);
            // Centred on its position, below and left of the point: under the concave trajectory,
            // where the plot is empty, and kept inside the plot whatever the box's coverage.
            c.addAnnotation(new AnnotationText(boxText, Math.min(0.7, Math.max(0.3, r.coverage().p() - 0.2)),
                    Math.max(0.15, r.density().p() - 0.12), false));
        }
        return c;
    }

    /** EVPI and each group's EVPPI in months, error bars the larger half of the 95% interval. */
    static CategoryChart evppi(String target, VoiResult v) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("What is worth knowing better (" + target + ")").xAxisTitle("")
                .yAxisTitle("Expected delay avoided (months)").build();
        var st = c.getStyler();
        ChartStyle.plain(st);
        st.setLegendVisible(false);
        st.setXAxisLabelRotation(20);
        st.setErrorBarsColor(Color.DARK_GRAY);
        st.setYAxisMin(0.0);
        st.setYAxisDecimalPattern("0.00");
        List<String> names = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        List<Number> errors = new ArrayList<>();
        names.add("all inputs (EVPI)");
        values.add(12 * v.evpi());
        errors.add(12 * halfWidth(v.evpi(), v.evpiCi().lo(), v.evpiCi().hi()));
        for (Evppi e : v.groups()) {
            names.add(e.group());
            values.add(12 * e.value());
            errors.add(12 * halfWidth(e.value(), e.ci().lo(), e.ci().hi()));
        }
        c.addSeries("EVPPI", names, values, errors).setFillColor(TEST);
        return c;
    }

    private static double halfWidth(double v, double lo, double hi) {
        return Double.isNaN(lo) ? 0.0 : Math.max(v - lo, hi - v);
    }
}

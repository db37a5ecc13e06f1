package org.euromesh.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.euromesh.model.Outputs;
import org.euromesh.reports.summary.CoarseHistogram;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TracePoint;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.answer.Answer;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, built from a {@link Summary} only. Dates are drawn as calendar years
 * (2026 + t); probabilities as percentages.
 */
public final class ReportCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    private static final double BASE_YEAR = 2026.0;
    private static final Color FEDERATION = new Color(0x1f77b4);
    private static final Color CAMPUS = new Color(0xd62728);
    private static final Color NEUTRAL = new Color(0x2ca02c);

    private ReportCharts() {
    }

    /** Name of the first screen's chart: the S-curves of the closest race. */
    public static final String ANSWER = "answer_scurves";
    /** Name of the small multiples of the input distributions, shown with the inputs. */
    public static final String INPUTS = "input_distributions";

    /**
     * Every chart the summary has data for, in report order; the first is {@link #ANSWER}, the
     * S-curves of {@link Answer#leadTarget}, with both P50 dates marked.
     */
    public static List<NamedChart> all(Summary s) {
        String t = s.metadata().headlineTarget();
        String lt = Answer.leadTarget(s);
        List<NamedChart> charts = new ArrayList<>();
        OutputEntry lfed = s.output(Outputs.tFed(lt));
        OutputEntry lcampus = s.output(Outputs.tCampus(lt));
        charts.add(new NamedChart(ANSWER, "When each side has trained " + lt + ": the race in one chart",
                "Each curve is the probability that the side has finished training " + lt + " by that date; the dashed "
                        + "lines mark the medians (P50). The horizontal gap between the curves is the federation's "
                        + "lead. " + censoredNote(lfed, lcampus), scurves(lt, lfed, lcampus, true)));
        OutputEntry fed = s.output(Outputs.tFed(t));
        OutputEntry campus = s.output(Outputs.tCampus(t));
        charts.add(new NamedChart("delivery_histogram", "When each side trains " + t,
                "Share of Monte Carlo paths in which the " + t + " run finishes in each month (federation blue, campus red). "
                        + censoredNote(fed, campus), deliveryHistogram(t, fed, campus)));
        if (!lt.equals(t)) {
            charts.add(new NamedChart("delivery_scurves", "Probability of delivery by date (" + t + ")",
                    "Each curve gives P(the run has finished by that date); the dashed lines mark the medians. Where the "
                            + "blue curve is left of the red one, the federation is likelier to have delivered by then.",
                    scurves(t, fed, campus, true)));
        }
        charts.add(new NamedChart("lead_time", "Federation's lead over the campus (" + t + ")",
                "Distribution of the campus date minus the federation date, in years: right of the zero line the "
                        + "federation ships first.", lead(t, s.output(Outputs.lead(t)))));
        charts.add(new NamedChart("regions_scorecard", "Regional scorecard: probabilities (" + t + ")",
                "P(ranked first) and P(the region's first site is online before the campus is ready) per region, "
                        + "with 95% error bars. The second is not the federation's P(win).", regionProbabilities(s)));
        charts.add(new NamedChart("regions_rank", "Regional scorecard: expected composite rank (" + t + ")",
                "Mean composite rank per region (1 = best), with 95% error bars; lower is better.", regionRanks(s)));
        if (!s.trace().isEmpty()) {
            charts.add(new NamedChart("convergence", "Convergence of P(federation first) (" + t + ")",
                    "The headline probability as samples accumulate, with its 95% Wilson interval: the band "
                            + "narrows as 1/sqrt(N).", convergence(s)));
        }
        Drawing inputs = InputPanels.of(s.inputs());
        if (inputs != null) {
            charts.add(new NamedChart(INPUTS, "Input distributions",
                    "What each uncertain input is sampled from: the density of its distribution between P1 and P99, "
                            + "the central value dashed; analyst estimates in orange. Fixed inputs are not drawn.",
                    inputs));
        }
        return charts;
    }

    static XYChart deliveryHistogram(String target, OutputEntry fed, OutputEntry campus) {
        XYChart c = xy("Delivery date of " + target + ": federation vs 1 GW campus", "Calendar year",
                "Share of paths per month");
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        c.getStyler().setYAxisDecimalPattern("0.0%");
        int[] range = range(fed.histogram(), campus.histogram());
        addHistogram(c, "Federation", fed.histogram(), fed.n(), range, FEDERATION);
        addHistogram(c, "Campus", campus.histogram(), campus.n(), range, CAMPUS);
        return c;
    }

    static XYChart scurves(String target, OutputEntry fed, OutputEntry campus, boolean medians) {
        XYChart c = xy("P(" + target + " trained by date): federation vs 1 GW campus", "Calendar year",
                "P(trained by then), % of paths");
        c.getStyler().setYAxisDecimalPattern("0%");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        int[] range = range(fed.histogram(), campus.histogram());
        addCumulative(c, "Federation", fed.histogram(), fed.n(), range, FEDERATION);
        addCumulative(c, "Campus", campus.histogram(), campus.n(), range, CAMPUS);
        if (medians) {
            double span = fed.histogram().edge(range[1]) - fed.histogram().edge(range[0]);
            median(c, "Federation", fed, FEDERATION, span);
            median(c, "Campus", campus, CAMPUS, span);
        }
        return c;
    }

    /** A dashed drop line at the P50 date, labelled with the month, when the median is within the horizon. */
    private static void median(XYChart c, String side, OutputEntry time, Color color, double span) {
        double t = time.percentile(0.5).value();
        if (!Double.isFinite(t) || t > time.horizon()) {
            return;
        }
        double x = BASE_YEAR + t;
        XYSeries s = c.addSeries(side + " P50", new double[] {x, x}, new double[] {0.0, 0.5});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(SeriesLines.DASH_DASH);
        s.setShowInLegend(false);
        // The federation's label goes above-left of its median, the campus's below-right: left of the
        // earlier median both curves are below 50%, right of the later one both are above, so the
        // labels sit on empty plot area and never cover a curve.
        String label = "P50 " + org.euromesh.reports.CalendarMonth.of(t, time.horizon());
        boolean fed = side.equals("Federation");
        c.addAnnotation(new AnnotationText(label, x + (fed ? -0.09 : 0.09) * span, fed ? 0.56 : 0.44, false));
    }

    static XYChart lead(String target, OutputEntry lead) {
        XYChart c = xy("Federation's lead over the campus, " + target, "Lead, years (campus date minus federation "
                + "date; > 0: federation first)", "Share of paths per 2 months");
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        c.getStyler().setYAxisDecimalPattern("0.0%");
        c.getStyler().setXAxisDecimalPattern("0");
        CoarseHistogram h = lead.histogram();
        int[] range = range(h);
        double[] x = new double[range[1] - range[0] + 1];
        double[] y = new double[x.length];
        long n = Math.max(1, lead.n() - lead.invalid());
        for (int i = 0; i < x.length; i++) {
            int b = range[0] + i;
            x[i] = h.edge(b);
            y[i] = b < h.bins() ? (double) h.counts().get(b) / n : 0.0;
        }
        style(c.addSeries("Share of paths", x, y), NEUTRAL);
        // The zero line: left of it the campus ships first. Always in view, even when no path is there.
        double top = 0;
        for (double v : y) {
            top = Math.max(top, v);
        }
        c.getStyler().setXAxisMin(Math.min(x[0], -1.0));
        c.getStyler().setXAxisMax(Math.max(x[x.length - 1], 1.0));
        XYSeries zero = c.addSeries("zero: both ship together", new double[] {0.0, 0.0}, new double[] {0.0, top * 1.05});
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(Color.BLACK);
        zero.setLineStyle(new BasicStroke(1.5f));
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return c;
    }

    static CategoryChart regionProbabilities(Summary s) {
        CategoryChart c = category("Regions: P(ranked first) and P(first site online before the campus is ready)",
                "Probability, % of paths");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0%");
        List<String> regions = byExpectedRank(s);
        List<Number> rank1 = new ArrayList<>();
        List<Number> rank1Err = new ArrayList<>();
        List<Number> feasible = new ArrayList<>();
        List<Number> feasibleErr = new ArrayList<>();
        for (String r : regions) {
            Probability p1 = s.output(Outputs.region(r, "rank1")).probability();
            Probability pf = s.output(Outputs.region(r, "feasible")).probability();
            rank1.add(p1.p());
            rank1Err.add(halfWidth(p1));
            feasible.add(pf.p());
            feasibleErr.add(halfWidth(pf));
        }
        List<String> names = regions.stream().map(DisplayNames::region).toList();
        CategorySeries a = c.addSeries("P(ranked first)", names, rank1, rank1Err);
        a.setFillColor(FEDERATION);
        CategorySeries b = c.addSeries("P(first site online before the campus is ready)", names, feasible, feasibleErr);
        b.setFillColor(NEUTRAL);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return c;
    }

    static CategoryChart regionRanks(Summary s) {
        CategoryChart c = category("Regions: expected composite rank (1 = best)", "Expected composite rank (1 = best)");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax((double) s.metadata().regions().size());
        c.getStyler().setLegendVisible(false);
        List<String> regions = byExpectedRank(s);
        List<Number> mean = new ArrayList<>();
        List<Number> err = new ArrayList<>();
        for (String r : regions) {
            OutputEntry rank = s.output(Outputs.region(r, "rank"));
            mean.add(rank.mean().value());
            err.add(1.96 * rank.mean().standardError());
        }
        c.addSeries("Expected rank", regions.stream().map(DisplayNames::region).toList(), mean, err).setFillColor(FEDERATION);
        return c;
    }

    static XYChart convergence(Summary s) {
        XYChart c = xy("Convergence of P(federation first), " + s.metadata().headlineTarget(), "Samples (N)",
                "P(federation first)");
        List<TracePoint> t = s.trace();
        double lo = t.stream().mapToDouble(TracePoint::lo).min().orElse(0);
        double hi = t.stream().mapToDouble(TracePoint::hi).max().orElse(1);
        // Enough decimals that the axis has several distinct ticks even when P is 1 on every path.
        int decimals = hi > lo ? Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10((hi - lo) * 100)) + 1)) : 2;
        c.getStyler().setYAxisDecimalPattern(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%");
        c.getStyler().setXAxisDecimalPattern("#,###");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double[] x = t.stream().mapToDouble(TracePoint::samples).toArray();
        XYSeries p = c.addSeries("P(federation first)", x, t.stream().mapToDouble(TracePoint::p).toArray());
        style(p, FEDERATION);
        p.setMarker(t.size() <= 50 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        for (boolean upper : new boolean[] {false, true}) {
            XYSeries band = c.addSeries(upper ? "95% Wilson interval" : "95% lower", x,
                    t.stream().mapToDouble(q -> upper ? q.hi() : q.lo()).toArray());
            style(band, FEDERATION);
            band.setLineStyle(SeriesLines.DASH_DASH);
            band.setShowInLegend(upper);
        }
        return c;
    }

    /** Regions sorted by expected rank, best first (ties by name, so the order is reproducible). */
    public static List<String> byExpectedRank(Summary s) {
        return s.metadata().regions().stream()
                .sorted(Comparator.comparingDouble((String r) -> s.output(Outputs.region(r, "rank")).mean().value())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        common(c.getStyler());
        c.getStyler().setXAxisDecimalPattern("0");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    private static CategoryChart category(String title, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("Region")
                .yAxisTitle(yTitle).build();
        common(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setXAxisLabelRotation(30);
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        return c;
    }

    private static void common(AxesChartStyler st) {
        ChartStyle.plain(st);
        st.setLegendBorderColor(Color.LIGHT_GRAY);
    }

    private static void style(XYSeries s, Color color) {
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(1.5f));
        s.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 90));
    }

    private static void addHistogram(XYChart c, String name, CoarseHistogram h, long n, int[] range, Color color) {
        double[] x = new double[range[1] - range[0] + 1];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int b = range[0] + i;
            x[i] = BASE_YEAR + h.edge(b);
            y[i] = b < h.bins() ? (double) h.counts().get(b) / Math.max(1, n) : 0.0;
        }
        style(c.addSeries(name, x, y), color);
    }

    private static void addCumulative(XYChart c, String name, CoarseHistogram h, long n, int[] range, Color color) {
        double[] x = new double[range[1] - range[0] + 1];
        double[] y = new double[x.length];
        long cum = h.underflow();
        for (int b = 0; b < range[0]; b++) {
            cum += h.counts().get(b);
        }
        for (int i = 0; i < x.length; i++) {
            int b = range[0] + i;
            x[i] = BASE_YEAR + h.edge(b);
            y[i] = (double) cum / Math.max(1, n);
            if (b < h.bins()) {
                cum += h.counts().get(b);
            }
        }
        style(c.addSeries(name, x, y), color);
    }

    /** Bins [first, last + 1] holding any count, padded by a year's worth of bins on each side. */
    private static int[] range(CoarseHistogram... hs) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (CoarseHistogram h : hs) {
            for (int b = 0; b < h.bins(); b++) {
                if (h.counts().get(b) > 0) {
                    first = Math.min(first, b);
                    last = Math.max(last, b);
                }
            }
        }
        int bins = hs[0].bins();
        if (last < 0) {
            return new int[] {0, bins};
        }
        int pad = Math.max(1, (int) Math.round(bins / (hs[0].hi() - hs[0].lo())));
        return new int[] {Math.max(0, first - pad), Math.min(bins, last + 1 + pad)};
    }

    private static double halfWidth(Probability p) {
        return Double.isNaN(p.p()) ? 0.0 : Math.max(p.hi() - p.p(), p.p() - p.lo());
    }

    private static String censoredNote(OutputEntry fed, OutputEntry campus) {
        if (fed.censored() == 0 && campus.censored() == 0) {
            return "Every path finishes by the end of 2049.";
        }
        return String.format(Locale.ROOT, "After 2049 (not drawn): federation %.1f%%, campus %.1f%% of paths.",
                100.0 * fed.censoredFraction(), 100.0 * campus.censoredFraction());
    }
}

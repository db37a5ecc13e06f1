package org.euromesh.reports.report;

import org.euromesh.reports.answer.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euromesh.model.Outputs;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.charts.ReportCharts;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.report.Block.Bullets;
import org.euromesh.reports.report.Block.Figure;
import org.euromesh.reports.report.Block.Heading;
import org.euromesh.reports.report.Block.Note;
import org.euromesh.reports.report.Block.Paragraph;
import org.euromesh.reports.report.Block.Table;
import org.euromesh.reports.summary.InputEntry;
import org.euromesh.reports.summary.Metadata;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TargetInfo;

/** The report as a document of {@link Block}s, from a {@link Summary} only. */
final class ReportContent {

    static final String TITLE = Answer.QUESTION;

    /** Heading of the list of analyst estimates; the first screen links to it. */
    static final String ESTIMATES_HEADING = "Analyst estimates";

    private static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    private ReportContent() {
    }

    /**
     * The report. The first screen answers the question: the answer in sentences (contested
     * targets first), the chart of the closest race, what drives it, and how many inputs are
     * analyst estimates; the detail follows.
     *
     * @param charts the report's own charts, {@link ReportCharts#ANSWER} first
     */
    static List<Block> build(Summary s, List<NamedChart> charts, List<ReportSection> extra) {
        List<Block> d = new ArrayList<>();
        Metadata m = s.metadata();
        d.add(new Heading(1, TITLE));
        d.add(new Paragraph("The answer. ", "The federation pools public supercomputers and new ~40 MW sites with "
                + "low-communication (DiLoCo-style) training; the campus waits for a 1 GW grid connection. Over "
                + String.format(Locale.ROOT, "%,d", m.samples()) + " Monte Carlo paths of the uncertain inputs:"));
        d.add(new Bullets(Answer.sentences(s)));
        List<InputEntry> est = s.estimates();
        d.add(new Note(String.format(Locale.ROOT, "%d of %d inputs are analyst estimates, not published values; the "
                + "answer is only as good as they are.", est.size(), s.inputs().size()), "See which.",
                Block.slug(ESTIMATES_HEADING)));
        NamedChart answer = charts.get(0);
        d.add(new Figure(answer.name(), answer.title(), answer.caption()));
        Answer.drivers(s, Answer.leadTarget(s)).ifPresent(t -> d.add(new Paragraph("What drives it. ", t)));
        d.add(new Paragraph("This run. ", String.format(Locale.ROOT,
                "Scenario %s, %,d Monte Carlo samples (%s, seed %d), parameters: %s, euromesh %s.%s Probabilities are "
                        + "printed to the digits their 95%% interval supports.", m.scenario(),
                m.samples(), m.method(), m.seed(), m.params(), m.version(), precision(m))));
        howToRead(d);
        headline(d, s);
        conditional(d, s);
        dates(d, s);
        lead(d, s);
        flop(d, s);
        regions(d, s);
        d.add(new Heading(2, "Charts"));
        for (NamedChart c : charts.subList(1, charts.size())) {
            if (!c.name().equals(ReportCharts.INPUTS)) {
                d.add(new Figure(c.name(), c.title(), c.caption()));
            }
        }
        for (ReportSection x : extra) {
            d.add(new Heading(2, x.title()));
            d.addAll(x.blocks());
        }
        inputs(d, s, charts);
        run(d, m);
        return d;
    }

    private static void headline(List<Block> d, Summary s) {
        String t = s.metadata().headlineTarget();
        Probability win = s.output(Outputs.win(t)).probability();
        d.add(new Heading(2, "Every target"));
        d.add(new Paragraph("", String.format(Locale.ROOT,
                "P(federation first) per target, contested races first, with its 95%% Wilson interval and Monte Carlo "
                        + "standard error. The scorecard and the detailed tables below use the headline target %s "
                        + "(P = %s).", t, Fmt.probability(win))));
        List<List<String>> rows = new ArrayList<>();
        for (TargetInfo ti : byContest(s)) {
            String n = ti.name();
            Probability w = s.output(Outputs.win(n)).probability();
            OutputEntry fed = s.output(Outputs.tFed(n));
            OutputEntry campus = s.output(Outputs.tCampus(n));
            rows.add(List.of(n, Numbers.format(ti.computeFlop()), Fmt.probability(w), Fmt.se(w), spread(fed),
                    spread(campus), Fmt.value(round(s.output(Outputs.lead(n)).percentile(0.5)))));
        }
        d.add(new Table(List.of("target", "C_req (FLOP)", "P(federation first) [95% CI]", "MC s.e.",
                "federation trains it: P50 (P5 to P95)", "campus trains it: P50 (P5 to P95)",
                "lead P50, years [95% CI]"), rows));
        List<String> notes = new ArrayList<>();
        for (TargetInfo ti : s.metadata().targets()) {
            OutputEntry fed = s.output(Outputs.tFed(ti.name()));
            OutputEntry campus = s.output(Outputs.tCampus(ti.name()));
            if (fed.censored() > 0 || campus.censored() > 0) {
                notes.add(String.format(Locale.ROOT, "%s: not trained by the end of 2049 in %s of paths (federation) "
                        + "and %s (campus); these count as losses for that side and appear as \"after 2049\", never dropped.",
                        ti.name(), Fmt.percent(fed.censoredFraction()), Fmt.percent(campus.censoredFraction())));
            }
        }
        if (!notes.isEmpty()) {
            d.add(new Bullets(notes));
        }
    }

    /**
     * The version-2 risks (docs/MODEL.md §2.1, §3.2): P(win) also conditional on the method
     * working at the target's size and, under a mixture of allocation regimes, on each regime.
     * Each conditional is an indicator that is NaN off its condition, so its Wilson interval is
     * on the paths that meet it.
     */
    private static void conditional(List<Block> d, Summary s) {
        boolean mixture = s.find(Outputs.MOBILISED).isPresent();
        d.add(new Heading(2, "If the method does not work, and if Europe does not mobilise"));
        String regime = mixture ? String.format(Locale.ROOT, " Each path drew its allocation regime: mobilised "
                + "in %s of paths.", Fmt.probability(s.output(Outputs.MOBILISED).probability())) : "";
        d.add(new Paragraph("Low-communication training may not work above ~10B parameters; where it fails the "
                + "federation trains on its single fastest member. P(win) on the paths where it works is its own "
                + "estimate (95% Wilson interval on those paths)." + regime));
        List<List<String>> rows = new ArrayList<>();
        for (TargetInfo ti : s.metadata().targets()) {
            String n = ti.name();
            List<String> row = new ArrayList<>(List.of(n, Fmt.probability(s.output(Outputs.methodFailed(n)).probability()),
                    Fmt.probability(s.output(Outputs.winIfMethodWorks(n)).probability())));
            if (mixture) {
                row.add(Fmt.probability(s.output(Outputs.winIfMobilised(n)).probability()));
                row.add(Fmt.probability(s.output(Outputs.winIfInstitutional(n)).probability()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("target", "P(method fails) [95% CI]",
                "P(federation first | method works) [95% CI]"));
        if (mixture) {
            header.add("P(federation first | mobilised) [95% CI]");
            header.add("P(federation first | institutional) [95% CI]");
        }
        d.add(new Table(header, rows));
    }

    /** The targets, contested races first (closest first), then the others in file order. */
    private static List<TargetInfo> byContest(Summary s) {
        List<TargetInfo> out = new ArrayList<>();
        for (String c : Answer.contestedTargets(s)) {
            s.metadata().targets().stream().filter(x -> x.name().equals(c)).forEach(out::add);
        }
        s.metadata().targets().stream().filter(x -> !Answer.contested(s, x.name())).forEach(out::add);
        return out;
    }

    private static void dates(List<Block> d, Summary s) {
        String t = s.metadata().headlineTarget();
        OutputEntry fed = s.output(Outputs.tFed(t));
        OutputEntry campus = s.output(Outputs.tCampus(t));
        d.add(new Heading(2, "Delivery dates of " + t));
        d.add(new Paragraph("Each percentile is the month by which that share of paths has delivered; brackets are its "
                + "95% Monte Carlo interval (order statistics). Years are counted from 1 January 2026."));
        List<List<String>> rows = new ArrayList<>();
        for (double lv : LEVELS) {
            Percentile f = fed.percentile(lv);
            Percentile c = campus.percentile(lv);
            rows.add(List.of("P" + Numbers.percentLabel(lv), Fmt.month(f, fed.horizon()), Fmt.value(round(f)),
                    Fmt.month(c, campus.horizon()),
                    Fmt.value(round(c))));
        }
        d.add(new Table(List.of("percentile", "federation: month", "federation: years", "campus: month", "campus: years"),
                rows));
    }

    private static void lead(List<Block> d, Summary s) {
        String t = s.metadata().headlineTarget();
        OutputEntry lead = s.output(Outputs.lead(t));
        d.add(new Heading(2, "Lead of the federation, in years"));
        d.add(new Paragraph(String.format(Locale.ROOT, "Lead = campus date - federation date for %s (positive: the "
                + "federation ships first). Mean %s years (± 1.96 standard errors).", t, Fmt.mean(roundMean(lead)))));
        List<List<String>> rows = new ArrayList<>();
        for (double lv : LEVELS) {
            rows.add(List.of("P" + Numbers.percentLabel(lv), Fmt.value(round(lead.percentile(lv)))));
        }
        d.add(new Table(List.of("percentile", "lead, years [95% CI]"), rows));
    }

    private static void flop(List<Block> d, Summary s) {
        d.add(new Heading(2, "Which member supplied the FLOP"));
        d.add(new Paragraph("The federation has two members: the public substrate (EuroHPC systems and AI Factories) "
                + "and new medium (~40 MW) sites. Share of paths in which the medium sites supplied most of the "
                + "federation's training compute:"));
        List<List<String>> rows = new ArrayList<>();
        for (TargetInfo ti : s.metadata().targets()) {
            Probability p = s.output(Outputs.sitesMost(ti.name())).probability();
            rows.add(List.of(ti.name(), Fmt.probability(p), Fmt.se(p),
                    p == null || Double.isNaN(p.p()) ? "n/a" : p.p() >= 0.5 ? "medium sites" : "public substrate"));
        }
        d.add(new Table(List.of("target", "P(medium sites supplied most) [95% CI]", "MC s.e.", "mostly"), rows));
    }

    private static void regions(List<Block> d, Summary s) {
        String t = s.metadata().headlineTarget();
        List<String> order = ReportCharts.byExpectedRank(s);
        d.add(new Heading(2, "Regions"));
        d.add(new Paragraph(String.format(Locale.ROOT, "Each region trains %s on its own medium sites; regions are "
                + "ranked on time, cost, carbon and feasibility. Best expected rank first%s. Means are ± 1.96 "
                + "standard errors; probabilities have 95%% Wilson intervals.", t,
                order.isEmpty() ? "" : " (top: " + String.join(", ", order.subList(0, Math.min(3, order.size())).stream()
                        .map(DisplayNames::region).toList()) + ")")));
        d.add(new Paragraph("Not the federation's odds. ", "\"First site online before the campus\" asks whether one "
                + "region's first medium site is commissioned before the campus is powered and fitted out. It is not "
                + "P(federation first): the federation must also finish training the target, with all its members. A "
                + "region can be near 1 here while the federation's probability is lower."));
        List<List<String>> rows = new ArrayList<>();
        for (String r : order) {
            rows.add(List.of(DisplayNames.region(r), Fmt.mean(s.output(Outputs.region(r, "rank")).mean()),
                    Fmt.probability(s.output(Outputs.region(r, "rank1")).probability()),
                    Fmt.month(s.output(Outputs.region(r, "first_training")).percentile(0.5),
                            s.output(Outputs.region(r, "first_training")).horizon()),
                    Fmt.probability(s.output(Outputs.region(r, "feasible")).probability()),
                    Fmt.mean(s.output(Outputs.region(r, "sites")).mean()),
                    Fmt.percent(noSite(s.output(Outputs.region(r, "energy_mwh")))),
                    Fmt.mean(s.output(Outputs.region(r, "energy_mwh")).mean()),
                    Fmt.mean(s.output(Outputs.region(r, "cost_eur")).mean()),
                    Fmt.mean(s.output(Outputs.region(r, "carbon_t")).mean())));
        }
        d.add(new Table(List.of("region", "expected rank", "P(rank 1) [95% CI]", "first site trains, P50 [95% CI]",
                "P(first site online before the campus is ready) [95% CI]", "sites (mean)", "P(no site)",
                "energy, MWh (mean, paths with a site)", "cost, EUR (mean)", "carbon, tCO2e (mean)"), rows));
    }

    /** A region's run is undefined (NaN, invalid) exactly on the paths where it has no site. */
    private static double noSite(OutputEntry energy) {
        return energy.n() == 0 ? Double.NaN : (double) energy.invalid() / energy.n();
    }

    private static void inputs(List<Block> d, Summary s, List<NamedChart> charts) {
        d.add(new Heading(2, "Inputs"));
        List<InputEntry> est = s.estimates();
        d.add(new Heading(3, ESTIMATES_HEADING));
        d.add(new Paragraph(String.format(Locale.ROOT, "%d of %d inputs are analyst estimates (flagged \"ESTIMATE\" "
                + "below): judgements without a published source value. Treat results that hinge on them with care.",
                est.size(), s.inputs().size())));
        if (!est.isEmpty()) {
            d.add(new Bullets(est.stream().map(i -> DisplayNames.inputWithId(i.name()) + ", " + i.fitted() + ": "
                    + i.source()).toList()));
        }
        charts.stream().filter(c -> c.name().equals(ReportCharts.INPUTS)).findFirst()
                .ifPresent(c -> d.add(new Figure(c.name(), c.title(), c.caption())));
        d.add(new Heading(3, "Every input"));
        d.add(new Paragraph("Every parameter of the run with the distribution it is sampled from, what that "
                + "distribution implies, and its source."));
        List<List<String>> rows = new ArrayList<>();
        for (InputEntry i : s.inputs()) {
            String dist = i.spec().equals(i.fitted()) ? i.fitted() : i.spec() + " -> " + i.fitted();
            rows.add(List.of(i.estimate() ? "ESTIMATE" : "", DisplayNames.inputWithId(i.name()), Fmt.num(i.central()), i.unit(), dist,
                    Fmt.num(i.p5()) + " / " + Fmt.num(i.p50()) + " / " + Fmt.num(i.p95()), i.confidence(), i.source()));
        }
        d.add(new Table(List.of("flag", "parameter", "central", "unit", "distribution", "P5 / P50 / P95", "confidence",
                "source"), rows));
    }

    private static void run(List<Block> d, Metadata m) {
        d.add(new Heading(2, "Run"));
        List<String> items = new ArrayList<>(List.of("euromesh version: " + m.version(), "seed: " + m.seed(),
                String.format(Locale.ROOT, "samples (N): %,d", m.samples()), "sampling method: " + m.method(),
                "block size: " + m.blockSize(), "scenario: " + m.scenario(), "parameters: " + m.params(),
                "headline target: " + m.headlineTarget()));
        if (m.precision() != null) {
            items.add("precision target: 95% half-width " + Numbers.format(m.precision()) + " of P(win), "
                    + (m.precisionMet() ? "met" : "NOT met (the sample cap was reached)"));
        }
        items.add("Same seed, N, method, block size, scenario and parameters give the same numbers on any number of threads.");
        d.add(new Bullets(items));
    }

    private static void howToRead(List<Block> d) {
        d.add(new Heading(2, "How to read this report"));
        d.add(new Bullets(List.of(
                "Every input is uncertain, so the model is run many times (Monte Carlo), each time drawing every input "
                        + "from its distribution. Percentages are shares of those runs (paths).",
                "P(federation first) is the share of paths in which the federation finishes training before the campus. "
                        + "Brackets give a 95% Wilson interval: the range the probability would fall in with 95% confidence "
                        + "if the run were repeated with more samples. It measures Monte Carlo error only, not whether the "
                        + "inputs are right.",
                "P5, P50 (median) and P95 describe the spread of a quantity across the paths: 90% of paths lie between P5 "
                        + "and P95. The brackets after a percentile are its own 95% Monte Carlo interval.",
                "\"after 2049\" means the event did not happen within the 24-year horizon in that share of paths; such "
                        + "paths are counted, never dropped.",
                "Means are printed as value ± 1.96 standard errors. MC s.e. is the standard error of a probability: its Wilson "
                        + "interval width / 3.92, about sqrt(p(1-p)/N) (and not 0 when p is 0 or 1).",
                "Inputs flagged ESTIMATE are analyst judgements without a published source value; the results that depend "
                        + "on them most (see any sensitivity section) deserve the most scrutiny.",
                "Files: summary.json holds every number (non-finite values as the strings \"Infinity\"/\"NaN\"); "
                        + "percentiles.csv, probabilities.csv, targets.csv and regions.csv hold the tables (years from "
                        + "1 January 2026; empty cell = not applicable); charts/ has each chart as PNG and SVG.")));
    }

    private static String spread(OutputEntry time) {
        double h = time.horizon();
        return org.euromesh.reports.CalendarMonth.of(time.percentile(0.5).value(), h) + " ("
                + org.euromesh.reports.CalendarMonth.of(time.percentile(0.05).value(), h) + " to "
                + org.euromesh.reports.CalendarMonth.of(time.percentile(0.95).value(), h) + ")";
    }

    private static String precision(Metadata m) {
        if (m.precision() == null) {
            return "";
        }
        return " Precision target: 95% half-width " + Numbers.format(m.precision()) + " of P(win), "
                + (m.precisionMet() ? "met." : "NOT met (sample cap reached).");
    }

    /** Years to 0.01 (a few days). */
    private static Percentile round(Percentile p) {
        return new Percentile(p.level(), r2(p.value()), r2(p.lo()), r2(p.hi()));
    }

    private static org.euromesh.reports.summary.Mean roundMean(OutputEntry o) {
        return new org.euromesh.reports.summary.Mean(r2(o.mean().value()), o.mean().standardError(), o.mean().n());
    }

    private static double r2(double v) {
        return Double.isFinite(v) ? Math.round(v * 100.0) / 100.0 : v;
    }
}

package org.euromesh.reports.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euromesh.engine.analysis.Evppi;
import org.euromesh.engine.analysis.Prim;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.Restriction;
import org.euromesh.engine.analysis.VoiResult;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.summary.DecisionData;

/** The report's "When does the campus win?" and "What is worth knowing better?" sections. */
public final class DecisionSections {

    public static final String DISCOVERY_TITLE = "When does the campus win?";
    public static final String VOI_TITLE = "What is worth knowing better?";

    private DecisionSections() {
    }

    /** Both sections, from a summary's decision data alone: what 'run', 'merge' and 'report' write. */
    public static List<ReportSection> of(DecisionData d) {
        DecisionFindings f = DecisionFindings.of(d);
        DecisionText text = DecisionText.of(d);
        return List.of(discovery(f, text), voi(f, text));
    }

    public static ReportSection discovery(DecisionFindings f, DecisionText text) {
        List<Block> blocks = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        blocks.add(new Block.Paragraph("Method. ", String.format(Locale.ROOT, "Scenario discovery by PRIM (Friedman & "
                + "Fisher 1999) on %,d Monte Carlo paths (seed %d) for every target where each side delivers first on "
                + "at least %d paths. The boxes are peeled (%.0f%% of the box per step) on the even paths; the box is "
                + "the one with the best balance of coverage and density (highest F1) among those at least twice as "
                + "dense in campus wins as the whole space, with restrictions that do not help pruned; every share "
                + "below and the significance test (one-sided, level 0.01) use the odd paths only.", f.paths(), f.seed(),
                DecisionAnalysis.MIN_PATHS, 100 * Prim.DEFAULT_PEEL)));
        skipped(f, blocks);
        for (String t : f.analysed()) {
            PrimResult r = f.prim().get(t);
            blocks.add(new Block.Heading(3, "Where the campus wins " + t));
            blocks.add(new Block.Paragraph(text.discovery(t, r)));
            if (r.hasBox()) {
                List<List<String>> rows = new ArrayList<>();
                for (Restriction b : r.box()) {
                    rows.add(List.of(text.restriction(b), String.format(Locale.ROOT, "%.3f", b.densityIfDropped())));
                }
                blocks.add(new Block.Table(List.of("restriction (most important first)",
                        "density of campus wins without it (training half)"), rows));
            }
            String name = "prim_" + stem(t);
            charts.add(new NamedChart(name, "PRIM peeling trajectory (" + t + ")", "Each point is one box of the "
                    + "peeling: the share of the campus's wins it holds (coverage) against how often the campus wins "
                    + "inside it (density); light: the training half, dark: the held-out half, red: the chosen box.",
                    DecisionCharts.trajectory(t, r, r.hasBox() ? "chosen: " + text.restriction(r.box().get(0))
                            + (r.box().size() > 1 ? " (+" + (r.box().size() - 1) + " more)" : "") : "")));
            blocks.add(new Block.Figure(name, "PRIM peeling trajectory (" + t + ")", "From the whole space (bottom "
                    + "right) to ever smaller, denser boxes (top left); the dashed line is the base rate."));
        }
        return new ReportSection(DISCOVERY_TITLE, blocks, charts);
    }

    public static ReportSection voi(DecisionFindings f, DecisionText text) {
        List<Block> blocks = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        int boot = f.voi().values().stream().mapToInt(VoiResult::bootstrap).findFirst().orElse(0);
        blocks.add(new Block.Paragraph("Method. ", String.format(Locale.ROOT, "The decision is \"federate, or wait for "
                + "the campus\", and the loss is the delivery time of the side chosen (times after the %s-year horizon "
                + "clipped to it). EVPI: how much earlier, in expectation, delivery would be if every input were known "
                + "before choosing. EVPPI of a group: the same when only that group's inputs are known, estimated by "
                + "regressing the federation's delay over the campus on the group's inputs (additive linear splines "
                + "plus pairwise products, or for groups of up to three inputs cell means when they predict held-out "
                + "paths better; Strong, Oakley & Brennan 2014) on %,d paths (seed %d), with 95%% intervals "
                + "from %d block-bootstrap replicates. In months of expected delay avoided.",
                Numbers.format(f.horizon()), f.paths(), f.seed(), boot)));
        skipped(f, blocks);
        for (String t : f.analysed()) {
            VoiResult v = f.voi().get(t);
            if (v == null) {
                continue;
            }
            blocks.add(new Block.Heading(3, "Value of information for " + t));
            blocks.add(new Block.Paragraph(text.voi(t, v)));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("all inputs (EVPI)", DecisionText.months(v.evpi()), DecisionText.ci(v.evpiCi(), 12), "100%",
                    "", "", ""));
            for (Evppi e : v.groups()) {
                rows.add(List.of(e.group(), DecisionText.months(e.value()), DecisionText.ci(e.ci(), 12),
                        v.evpi() > 0 ? DecisionText.percent(e.value() / v.evpi()) : "n/a",
                        String.format(Locale.ROOT, "%.3f", e.rSquared()), e.estimator(), String.join(", ", e.inputs())));
            }
            blocks.add(new Block.Table(List.of("group", "EVPPI (months)", "95% CI", "share of EVPI", "R² of the fit",
                    "regression", "inputs"), rows));
            String name = "evppi_" + stem(t);
            charts.add(new NamedChart(name, "Value of information (" + t + ")", "Expected delay avoided by learning "
                    + "each group of inputs exactly before deciding, in months; error bars span the larger half of the "
                    + "95% bootstrap interval.", DecisionCharts.evppi(t, v)));
            blocks.add(new Block.Figure(name, "Value of information (" + t + ")", "EVPI first, then each group's EVPPI; "
                    + "groups can share value, so the bars need not add up to the EVPI."));
        }
        return new ReportSection(VOI_TITLE, blocks, charts);
    }

    private static void skipped(DecisionFindings f, List<Block> blocks) {
        List<String> skipped = f.targets().stream().filter(t -> !f.prim().containsKey(t))
                .map(t -> String.format(Locale.ROOT, "%s: the campus delivers first on %,d of %,d paths, too few (or too "
                        + "many) to analyse; the decision is not in doubt.", t, f.campusWins().get(t), f.paths()))
                .toList();
        if (!skipped.isEmpty()) {
            blocks.add(new Block.Bullets(skipped));
        }
    }

    static String stem(String target) {
        return target.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}

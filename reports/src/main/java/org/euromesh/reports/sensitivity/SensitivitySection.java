package org.euromesh.reports.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.euromesh.model.EuroMeshSensitivity;
import org.euromesh.engine.sensitivity.RankCorrelationOutput;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolIndices;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.engine.sensitivity.TornadoChart;
import org.euromesh.reports.charts.NamedChart;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.ReportSection;

/**
 * "What drives the answer": tornado, Sobol indices with bootstrap intervals and rank
 * correlations per target, and a verdict on the reference study's claim that the DiLoCo
 * efficiency penalty is second-order.
 */
public final class SensitivitySection {

    /**
     * The claim holds for a target when the "DiLoCo efficiency" group's total index of the lead
     * has an upper 95% bound below this and below the lower bound of the largest group.
     */
    static final double SECOND_ORDER_BOUND = 0.10;
    /** Rows of the Sobol and rank tables. */
    private static final int TOP = 8;
    /** Bars of the tornado chart and table. */
    static final int TORNADO_BARS = 10;

    /** How the normalised squared rank correlation is labelled wherever it is shown. */
    public static final String RHO_SHARE_LABEL = "ρ² share is a rough proxy, not a variance decomposition";

    private SensitivitySection() {
    }

    public static ReportSection of(SensitivityResult r, List<String> targets) {
        List<Block> blocks = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        var s = r.settings();
        List<String> method = new ArrayList<>();
        if (!r.tornado().isEmpty()) {
            method.add("Tornado: each input alone at its P10 and P90, the others at their central values (deterministic).");
        }
        if (r.sobol() != null) {
            method.add(String.format(Locale.ROOT, "Sobol indices: first order S and total effect ST (Saltelli 2010, "
                    + "Jansen 1999) from a %s design of N = %d, with 95%% bootstrap intervals (B = %d).",
                    s.sobolMethod(), s.sobolSamples(), s.bootstrap()));
        }
        if (r.rankCorrelation() != null) {
            method.add(String.format(Locale.ROOT, "Rank correlation: Spearman ρ over %d Monte Carlo paths.", s.rankSamples()));
        }
        method.add(String.format(Locale.ROOT, "Seed %d.", s.seed()));
        blocks.add(new Block.Paragraph("Method. ", String.join(" ", method)));
        for (String target : targets) {
            String lead = EuroMeshSensitivity.lead(target);
            blocks.add(new Block.Heading(3, "What drives " + target));
            verdict(r, target).ifPresent(v -> blocks.add(new Block.Paragraph("DiLoCo penalty: ", v)));
            tornado(r, lead).ifPresent(t -> {
                String name = "tornado_" + target.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                charts.add(new NamedChart(name, "Tornado of the lead (" + target + ")",
                        "Each bar: the lead when one input moves from its P10 (blue) to its P90 (red), every other input "
                                + "central; the dashed line is the all-central run.",
                        TornadoPlot.of(t, TORNADO_BARS, "federation's lead on " + target, "years")));
                blocks.add(new Block.Figure(name, "Tornado of the lead (" + target + ")",
                        "Largest swing on top. Censored ends (after 2049) are clipped to the horizon."));
                blocks.add(tornadoTable(t));
            });
            // One chart of the indices: of whether the federation wins where that varies on enough paths,
            // else of the lead.
            List<SobolOutput> estimable = new ArrayList<>();
            for (String out : List.of(target + ".win", lead)) {
                sobol(r, out).filter(SobolOutput::estimable).ifPresent(estimable::add);
            }
            if (!estimable.isEmpty()) {
                SobolOutput o = estimable.get(0);
                String what = o.output().endsWith(".win") ? "whether the federation wins " + target
                        : "the federation's lead on " + target;
                String name = "sobol_" + target.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                charts.add(new NamedChart(name, "Sobol indices (" + target + ")", "", SobolPlot.of(o, TORNADO_BARS, what)));
                blocks.add(new Block.Figure(name, "Sobol indices: " + what, "Per input, the total effect ST (dark: "
                        + "its share of the variance with all its interactions) and the first-order S (light: alone), "
                        + "with 95% bootstrap intervals; largest ST on top. Computed on independent inputs."));
            }
            for (String out : List.of(lead, target + ".win")) {
                sobol(r, out).ifPresent(o -> blocks.addAll(sobolBlocks(o)));
            }
            rank(r, lead).ifPresent(o -> {
                blocks.add(new Block.Paragraph("Rank correlation with " + o.output() + ". ", "Spearman ρ of each input with the "
                        + "lead over the Monte Carlo sample, largest |ρ| first. " + RHO_SHARE_LABEL + "."));
                blocks.add(rankTable(o));
            });
        }
        if (!r.warnings().isEmpty()) {
            blocks.add(new Block.Heading(3, "Warnings and notes"));
            blocks.add(new Block.Bullets(r.warnings()));
        }
        return new ReportSection("What drives the answer", blocks, charts);
    }

    /**
     * The verdict on "the DiLoCo efficiency penalty is second-order" for one target, from the group
     * total indices of its lead and, where P(win) varies on enough paths, of its win indicator: the
     * "DiLoCo efficiency" group against the study's two named drivers, the "campus" and "medium lead
     * times" groups. Second-order on an output when the DiLoCo group's upper 95% bound is below
     * {@link #SECOND_ORDER_BOUND} and below the lower 95% bound of the larger of the two drivers; the
     * claim holds for the target only if it holds on every output judged.
     */
    public static Optional<String> verdict(SensitivityResult r, String target) {
        List<String> parts = new ArrayList<>();
        boolean holds = true;
        boolean any = false;
        for (String output : List.of(EuroMeshSensitivity.lead(target), target + ".win")) {
            // estimable: varies, and a 0/1 output on at least SobolIndices.RARE_EVENT_PATHS paths
            Optional<SobolOutput> o = sobol(r, output).filter(SobolOutput::estimable);
            Optional<SobolIndex> diloco = o.flatMap(x -> group(x, EuroMeshSensitivity.GROUP_DILOCO));
            Optional<SobolIndex> campus = o.flatMap(x -> group(x, EuroMeshSensitivity.GROUP_CAMPUS));
            Optional<SobolIndex> medium = o.flatMap(x -> group(x, EuroMeshSensitivity.GROUP_MEDIUM_LEAD));
            if (diloco.isEmpty() || campus.isEmpty() && medium.isEmpty()) {
                continue;
            }
            SobolIndex d = diloco.get();
            SobolIndex l = campus.isEmpty() ? medium.get() : medium.isEmpty() ? campus.get()
                    : campus.get().total() >= medium.get().total() ? campus.get() : medium.get();
            boolean secondOrder = isSecondOrder(d, l);
            holds &= secondOrder;
            any = true;
            StringBuilder p = new StringBuilder(String.format(Locale.ROOT, "on %s the '%s' group's total index is %s",
                    output, d.factor(), ci(d)));
            campus.ifPresent(c -> p.append(String.format(Locale.ROOT, ", '%s' %s", c.factor(), ci(c))));
            medium.ifPresent(m -> p.append(String.format(Locale.ROOT, ", '%s' %s", m.factor(), ci(m))));
            p.append(secondOrder ? " (second-order)" : " (not second-order)");
            parts.add(p.toString());
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", parts) + ". " + risks(r, target) + (holds
                ? "The study's claim that the efficiency penalty is second-order HOLDS for " + target + "."
                : "The study's claim that the efficiency penalty is second-order does NOT hold for " + target + ".")
                + String.format(Locale.ROOT, " (Rule: second-order when the DiLoCo group's upper 95%% bound is below %.2f "
                + "and below the lower 95%% bound of the larger of 'campus' and 'medium lead times'; P(win) is judged "
                + "too only when it varies on at least %d paths.)", SECOND_ORDER_BOUND, SobolIndices.RARE_EVENT_PATHS));
    }

    /**
     * Where the version-2 risks rank (docs/MODEL.md §2.1, §3.2): each risk group's total index on
     * the target's lead and win, its rank among all groups, and "first-order" when the lower 95%
     * bound of its total index reaches {@link #SECOND_ORDER_BOUND}. The study's claim is about the
     * efficiency penalty; these risks are stated beside it, not folded into it.
     */
    static String risks(SensitivityResult r, String target) {
        StringBuilder sb = new StringBuilder();
        for (String risk : List.of(EuroMeshSensitivity.GROUP_DILOCO_SCALE, EuroMeshSensitivity.GROUP_ALLOCATION)) {
            List<String> on = new ArrayList<>();
            boolean first = false;
            for (String output : List.of(EuroMeshSensitivity.lead(target), target + ".win")) {
                Optional<SobolOutput> o = sobol(r, output).filter(SobolOutput::estimable);
                Optional<SobolIndex> g = o.flatMap(x -> group(x, risk));
                if (g.isEmpty()) {
                    continue;
                }
                long above = o.get().groups().stream().filter(x -> x.total() > g.get().total()).count();
                on.add(String.format(Locale.ROOT, "%s on %s (rank %d of %d groups)", ci(g.get()), output, above + 1,
                        o.get().groups().size()));
                first |= g.get().totalCi().lo() >= SECOND_ORDER_BOUND;
            }
            if (!on.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "Risk '%s': total index %s, %s. ", risk, String.join(", ", on),
                        first ? "FIRST-ORDER (lower 95% bound >= " + SECOND_ORDER_BOUND + ")" : "not first-order"));
            }
        }
        return sb.toString();
    }

    /** The rule of {@link #verdict}: {@code diloco}'s total effect is small in absolute terms and below {@code driver}'s. */
    static boolean isSecondOrder(SobolIndex diloco, SobolIndex driver) {
        return diloco.totalCi().hi() < SECOND_ORDER_BOUND && diloco.totalCi().hi() < driver.totalCi().lo();
    }

    private static String ci(SobolIndex i) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.total(), i.totalCi().lo(), i.totalCi().hi());
    }

    private static Optional<SobolIndex> group(SobolOutput o, String name) {
        return o.groups().stream().filter(g -> g.factor().equals(name)).findFirst();
    }

    private static Optional<TornadoChart> tornado(SensitivityResult r, String output) {
        return r.tornado().stream().filter(t -> t.output().equals(output) && !t.bars().isEmpty()).findFirst();
    }

    private static Optional<SobolOutput> sobol(SensitivityResult r, String output) {
        return r.sobol() == null ? Optional.empty()
                : r.sobol().outputs().stream().filter(o -> o.output().equals(output)).findFirst();
    }

    private static Optional<RankCorrelationOutput> rank(SensitivityResult r, String output) {
        return r.rankCorrelation() == null ? Optional.empty()
                : r.rankCorrelation().outputs().stream().filter(o -> o.output().equals(output)).findFirst();
    }

    private static List<Block> sobolBlocks(SobolOutput o) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Sobol indices of " + o.output() + ". ", "Groups first, then the inputs with the "
                + "largest total effect; 95% bootstrap intervals in brackets."));
        if (!o.estimable()) {
            blocks.add(new Block.Paragraph(o.note() == null || o.note().isBlank()
                    ? "The output is constant over the sample: indices are undefined." : o.note()));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        o.groups().forEach(g -> rows.add(row("group: " + g.factor(), g)));
        o.byTotal().stream().filter(i -> !i.group()).limit(TOP).forEach(i -> rows.add(row(DisplayNames.inputWithId(i.factor()), i)));
        blocks.add(new Block.Table(List.of("factor", "first order S [95% CI]", "total ST [95% CI]"), rows));
        return blocks;
    }

    private static List<String> row(String name, SobolIndex i) {
        return List.of(name, String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.first(), i.firstCi().lo(), i.firstCi().hi()),
                String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.total(), i.totalCi().lo(), i.totalCi().hi()));
    }

    private static Block tornadoTable(TornadoChart t) {
        List<List<String>> rows = t.top(TORNADO_BARS).stream()
                .map(b -> List.of(DisplayNames.inputWithId(b.input()), String.format(Locale.ROOT, "%s → %.3f", num(b.lowValue()), b.outputAtLow()),
                        String.format(Locale.ROOT, "%s → %.3f", num(b.highValue()), b.outputAtHigh()),
                        String.format(Locale.ROOT, "%+.3f%s", b.swing(), b.censored() ? " (censored, a lower bound)" : "")))
                .toList();
        return new Block.Table(List.of("input (" + t.output() + String.format(Locale.ROOT, ", central %.3f y)", t.central()),
                "at P10 → lead (y)", "at P90 → lead (y)", "swing (y)"), rows);
    }

    private static String num(double v) {
        return v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }

    private static Block rankTable(RankCorrelationOutput o) {
        List<List<String>> rows = o.entries().stream()
                .filter(e -> !Double.isNaN(e.rho()))
                .sorted((a, b) -> Double.compare(Math.abs(b.rho()), Math.abs(a.rho()))).limit(TOP)
                .map(e -> List.of(DisplayNames.inputWithId(e.input()), String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.rho(), e.rhoCi().lo(),
                        e.rhoCi().hi()), String.format(Locale.ROOT, "%.3f", e.share())))
                .toList();
        return new Block.Table(List.of("input (rank correlation with " + o.output() + ")", "Spearman ρ [95% CI]",
                "ρ² share (rough proxy)"), rows);
    }
}

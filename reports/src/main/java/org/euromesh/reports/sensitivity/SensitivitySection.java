package org.euromesh.reports.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.euromesh.engine.sensitivity.EuroMeshSensitivity;
import org.euromesh.engine.sensitivity.RankCorrelationOutput;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolIndices;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.engine.sensitivity.TornadoChart;
import org.euromesh.reports.charts.NamedChart;
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
    private static final int TOP = 8;

    private SensitivitySection() {
    }

    public static ReportSection of(SensitivityResult r, List<String> targets) {
        List<Block> blocks = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        var s = r.settings();
        blocks.add(new Block.Paragraph(String.format(Locale.ROOT, "Tornado: each input alone at its P10 and P90, "
                + "the others at their central values (deterministic). Sobol indices: first order S and total "
                + "effect ST (Saltelli 2010, Jansen 1999) from a %s design of N = %d, with 95%% bootstrap intervals "
                + "(B = %d). Rank correlation: Spearman ρ over %d Monte Carlo paths. Seed %d.",
                s.sobolMethod(), s.sobolSamples(), s.bootstrap(), s.rankSamples(), s.seed())));
        for (String target : targets) {
            String lead = EuroMeshSensitivity.lead(target);
            blocks.add(new Block.Heading(3, "What drives " + target));
            verdict(r, target).ifPresent(v -> blocks.add(new Block.Paragraph("DiLoCo penalty: ", v)));
            tornado(r, lead).ifPresent(t -> {
                String name = "tornado_" + target.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                charts.add(new NamedChart(name, "Tornado of the lead (" + target + ")",
                        "Each bar: the lead when one input moves from its P10 (blue) to its P90 (red), every other input "
                                + "central; the vertical line is the all-central run.",
                        TornadoPlot.of(t, TOP, "years")));
                blocks.add(new Block.Figure(name, "Tornado of the lead (" + target + ")",
                        "Largest swing on top. Censored ends (after 2049) are clipped to the horizon."));
            });
            for (String out : List.of(lead, target + ".win")) {
                sobol(r, out).ifPresent(o -> blocks.addAll(sobolBlocks(o)));
            }
            rank(r, lead).ifPresent(o -> blocks.add(rankTable(o)));
        }
        if (!r.warnings().isEmpty()) {
            blocks.add(new Block.Paragraph("Notes", ""));
            blocks.add(new Block.Bullets(r.warnings()));
        }
        return new ReportSection("What drives the answer", blocks, charts);
    }

    /**
     * The verdict on "the DiLoCo efficiency penalty is second-order" for one target, from the group
     * indices of its lead and, where P(win) is not constant, of its win indicator: the claim holds
     * only if it holds for both.
     */
    public static Optional<String> verdict(SensitivityResult r, String target) {
        List<String> parts = new ArrayList<>();
        boolean holds = true;
        boolean any = false;
        for (String output : List.of(EuroMeshSensitivity.lead(target), target + ".win")) {
            Optional<SobolOutput> o = sobol(r, output).filter(x -> x.variance() > 0)
                    .filter(x -> !x.output().endsWith(".win") || rarePaths(x, r) >= SobolIndices.RARE_EVENT_PATHS);
            Optional<SobolIndex> diloco = o.flatMap(x -> group(x, true));
            Optional<SobolIndex> largest = o.flatMap(x -> group(x, false));
            if (diloco.isEmpty() || largest.isEmpty()) {
                continue;
            }
            SobolIndex d = diloco.get();
            SobolIndex l = largest.get();
            boolean secondOrder = d.totalCi().hi() < SECOND_ORDER_BOUND && d.totalCi().hi() < l.totalCi().lo();
            holds &= secondOrder;
            any = true;
            parts.add(String.format(Locale.ROOT, "on %s its total index is %.3f [%.3f, %.3f] against %.3f [%.3f, %.3f] "
                    + "for '%s' (%s)", output, d.total(), d.totalCi().lo(), d.totalCi().hi(), l.total(), l.totalCi().lo(),
                    l.totalCi().hi(), l.factor(), secondOrder ? "second-order" : "not second-order"));
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", parts) + ". " + (holds
                ? "The study's claim that the efficiency penalty is second-order HOLDS for " + target + "."
                : "The study's claim that the efficiency penalty is second-order does NOT hold for " + target + ".")
                + String.format(Locale.ROOT, " (Rule: second-order when the group's upper 95%% bound is below %.2f and "
                + "below the lower bound of the largest group.)", SECOND_ORDER_BOUND));
    }

    /**
     * Paths on which a 0/1 output took its rarer value among the 2N base rows; below
     * {@link #SobolIndices.RARE_EVENT_PATHS} its indices rest on too few paths to judge anything.
     */
    private static double rarePaths(SobolOutput o, SensitivityResult r) {
        return Math.min(o.mean(), 1 - o.mean()) * 2.0 * r.settings().sobolSamples();
    }

    /** The DiLoCo group, or the largest other group by total index. */
    private static Optional<SobolIndex> group(SobolOutput o, boolean diloco) {
        return o.groups().stream()
                .filter(g -> g.factor().equals(EuroMeshSensitivity.GROUP_DILOCO) == diloco)
                .max((a, b) -> Double.compare(a.total(), b.total()));
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
        blocks.add(new Block.Paragraph("Sobol indices of " + o.output(), "groups first, then the inputs with the "
                + "largest total effect."));
        if (!(o.variance() > 0)) {
            blocks.add(new Block.Paragraph(o.note() == null || o.note().isBlank()
                    ? "The output is constant over the sample: indices are undefined." : o.note()));
            return blocks;
        }
        List<List<String>> rows = new ArrayList<>();
        o.groups().forEach(g -> rows.add(row("group: " + g.factor(), g)));
        o.byTotal().stream().filter(i -> !i.group()).limit(TOP).forEach(i -> rows.add(row(i.factor(), i)));
        blocks.add(new Block.Table(List.of("factor", "first order S [95% CI]", "total ST [95% CI]"), rows));
        return blocks;
    }

    private static List<String> row(String name, SobolIndex i) {
        return List.of(name, String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.first(), i.firstCi().lo(), i.firstCi().hi()),
                String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.total(), i.totalCi().lo(), i.totalCi().hi()));
    }

    private static Block rankTable(RankCorrelationOutput o) {
        List<List<String>> rows = o.entries().stream()
                .filter(e -> !Double.isNaN(e.rho()))
                .sorted((a, b) -> Double.compare(Math.abs(b.rho()), Math.abs(a.rho()))).limit(TOP)
                .map(e -> List.of(e.input(), String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.rho(), e.rhoCi().lo(),
                        e.rhoCi().hi()), String.format(Locale.ROOT, "%.3f", e.share())))
                .toList();
        return new Block.Table(List.of("input (rank correlation with " + o.output() + ")", "Spearman ρ [95% CI]",
                "ρ² share (a rough proxy, not a variance decomposition)"), rows);
    }
}

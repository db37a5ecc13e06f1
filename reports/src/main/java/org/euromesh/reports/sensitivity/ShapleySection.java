package org.euromesh.reports.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.euromesh.engine.analysis.ShapleyEffect;
import org.euromesh.engine.analysis.ShapleyOutput;
import org.euromesh.engine.analysis.ShapleyResult;
import org.euromesh.engine.sensitivity.Interval;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.reports.report.Block;

/**
 * Shapley effects of the input groups (copula respected) next to the Sobol group indices
 * (independent design), as text for the terminal and as report blocks, with the sentence that
 * says why they differ.
 */
public final class ShapleySection {

    /** Why the two disagree, wherever they are shown side by side. */
    public static final String WHY = "Sobol indices are computed on an independent design (the copula ignored), so they "
            + "describe a model whose correlated inputs (here the medium lead times and tau_mega) vary independently; "
            + "Shapley effects sample the inputs as the model does, with their correlation, and split the variance "
            + "that correlated groups explain together between them, so a group correlated with a driver gets part "
            + "of its credit and the effects always sum to 1.";

    private ShapleySection() {
    }

    /** Report blocks for the outputs of {@code outputs} present in {@code shapley}. */
    public static List<Block> blocks(ShapleyResult shapley, SensitivityResult sobol, List<String> outputs) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(3, "Shapley effects with correlated inputs"));
        b.add(new Block.Paragraph("Method. ", String.format(Locale.ROOT, "Shapley effects of the input groups (Owen 2014; "
                + "Song, Nelson & Staum 2016), every subset of groups estimated by %d outer x %d inner draws, the inner "
                + "ones from the exact conditional of the Gaussian copula; %d model evaluations, 95%% bootstrap "
                + "intervals (B = %d), seed %d. %s", shapley.outer(), shapley.inner(), shapley.evaluations(),
                shapley.bootstrap(), shapley.seed(), WHY)));
        for (String out : outputs) {
            Optional<ShapleyOutput> o = shapley.outputs().stream().filter(x -> x.output().equals(out)).findFirst();
            if (o.isEmpty()) {
                continue;
            }
            if (!(o.get().variance() > 0)) {
                b.add(new Block.Paragraph(out + ": constant over the design, no effects to share."));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ShapleyEffect e : o.get().effects()) {
                Optional<SobolIndex> s = sobolGroup(sobol, out, e.factor());
                rows.add(List.of(e.factor(), ci(e.share(), e.ci()), s.map(x -> ci(x.first(), x.firstCi())).orElse("—"),
                        s.map(x -> ci(x.total(), x.totalCi())).orElse("—")));
            }
            b.add(new Block.Table(List.of("group (" + out + ")", "Shapley effect [95% CI]", "Sobol S, independent design",
                    "Sobol ST, independent design"), rows));
        }
        return b;
    }

    /** The same as terminal text. */
    public static String text(ShapleyResult shapley, SensitivityResult sobol, String out) {
        Optional<ShapleyOutput> o = shapley.outputs().stream().filter(x -> x.output().equals(out)).findFirst();
        if (o.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Shapley effects of %s (copula respected; sum to 1) "
                + "next to Sobol group indices (independent design), 95%% bootstrap CI:%n", out));
        if (!(o.get().variance() > 0)) {
            return sb.append("  constant over the design: no effects to share").append(System.lineSeparator()).toString();
        }
        for (ShapleyEffect e : o.get().effects()) {
            Optional<SobolIndex> s = sobolGroup(sobol, out, e.factor());
            sb.append(String.format(Locale.ROOT, "  %-36s Sh %-22s S %-22s ST %s%n", e.factor(), ci(e.share(), e.ci()),
                    s.map(x -> ci(x.first(), x.firstCi())).orElse("-"), s.map(x -> ci(x.total(), x.totalCi())).orElse("-")));
        }
        return sb.toString();
    }

    private static Optional<SobolIndex> sobolGroup(SensitivityResult r, String output, String group) {
        if (r == null || r.sobol() == null) {
            return Optional.empty();
        }
        return r.sobol().outputs().stream().filter(o -> o.output().equals(output)).filter(SobolOutput::estimable)
                .findFirst().flatMap(o -> o.groups().stream().filter(g -> g.factor().equals(group)).findFirst());
    }

    private static String ci(double v, Interval i) {
        return Double.isNaN(i.lo()) ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", v, i.lo(), i.hi());
    }
}

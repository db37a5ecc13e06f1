package org.euromesh.reports.cli;

import org.euromesh.engine.ProgressListener;

import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.io.OutputFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.sensitivity.SensitivityReport;
import org.euromesh.reports.sensitivity.SensitivitySection;
import org.euromesh.reports.sensitivity.ShapleySection;
import org.euromesh.engine.analysis.ShapleyEffects;
import org.euromesh.engine.analysis.ShapleyResult;
import org.euromesh.model.EuroMeshDecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.EuroMeshSensitivity;
import org.euromesh.engine.sensitivity.RankCorrelationEntry;
import org.euromesh.engine.sensitivity.RankCorrelationOutput;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.engine.sensitivity.SensitivityResult;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.engine.sensitivity.TornadoBar;
import org.euromesh.engine.sensitivity.TornadoChart;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code euromesh sensitivity}: what drives the answer. Tornado (one at a time, P10/P90),
 * Spearman rank correlation from a Monte Carlo sample, and Sobol first-order / total-effect
 * indices with bootstrap intervals, per target, written to {@code sensitivity.json} too.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "What drives P(win) and the lead: tornado, rank correlation and Sobol indices.")
final class SensitivityCommand implements Callable<Integer> {

    private static final int TOP = 6;

    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--analysis", paramLabel = "tornado|rank|sobol|shapley|all", defaultValue = "all",
            description = "Which analysis; shapley: Shapley effects of the input groups with the copula respected, "
                    + "next to the Sobol group indices (default: ${DEFAULT-VALUE}).")
    String method;

    /** Deprecated spelling of --analysis: elsewhere --method is the sampling method. */
    @Option(names = "--method", hidden = true)
    String deprecatedMethod;

    @Option(names = "--sobol-samples", paramLabel = "N", defaultValue = "4096", converter = CountConverter.class,
            description = "Base sample size N of the Sobol design (N·(d+groups+2) evaluations), of the "
                    + "rank-correlation sample (5·N) and the outer draws of the Shapley design "
                    + "((2^groups − 1)·N·3 evaluations), 16 to 1000000 (default: ${DEFAULT-VALUE}).")
    long sobolSamples;

    /** Deprecated spelling of --sobol-samples: elsewhere --samples is the number of Monte Carlo paths. */
    @Option(names = "--samples", hidden = true, converter = CountConverter.class)
    Long deprecatedSamples;

    @Mixin
    SvgOption svg;

    @Mixin
    QuietOption quiet;

    @Option(names = "--target", paramLabel = "NAME", description = "Only this target (default: every target).")
    String target;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260601", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1 to 64 (or the core count if larger) (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "euromesh-out",
            description = "Folder for sensitivity.json, sensitivity.md, sensitivity.html and charts/tornado_*.png, "
                    + "written all or nothing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (deprecatedMethod != null) {
            method = deprecatedMethod;
        }
        if (deprecatedSamples != null) {
            sobolSamples = deprecatedSamples;
        }
        String m = method.trim().toLowerCase(Locale.ROOT);
        if (!List.of("tornado", "rank", "sobol", "shapley", "all").contains(m)) {
            throw new IllegalArgumentException((deprecatedMethod != null ? "--method" : "--analysis")
                    + " must be tornado, rank, sobol, shapley or all, got '" + method + "'");
        }
        // The message names the spelling the user typed (the deprecated one still works).
        String sizeOption = deprecatedSamples != null ? "--samples" : "--sobol-samples";
        if (sobolSamples < Bounds.MIN_SENSITIVITY_SAMPLES || sobolSamples > Bounds.MAX_SENSITIVITY_SAMPLES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between %d and %,d, got %,d",
                    sizeOption, Bounds.MIN_SENSITIVITY_SAMPLES, Bounds.MAX_SENSITIVITY_SAMPLES, sobolSamples));
        }
        int samples = (int) sobolSamples;
        int workers = Bounds.threads(threads);
        OutputFolder.check("--out", out, parameters.paramsDir);
        SensitivityReport.checkOut(out);
        ParameterSet set = parameters.load();
        List<Target> targets = target == null ? set.targets() : List.of(set.target(target));
        EuroMeshModel model = EuroMeshModel.of(set, targets.get(0).name());
        // Only once every check has passed, so that an error is always the first line.
        if (deprecatedMethod != null) {
            deprecated("--method", "--analysis");
        }
        if (deprecatedSamples != null) {
            deprecated("--samples", "--sobol-samples");
        }
        Predicate<String> wanted = name -> targets.stream().anyMatch(t -> name.startsWith(t.name() + "."));
        boolean tornado = m.equals("tornado") || m.equals("all");
        boolean rank = m.equals("rank") || m.equals("all");
        boolean shapley = m.equals("shapley") || m.equals("all");
        // Shapley effects are shown next to the Sobol group indices, so they need the Sobol design too.
        boolean sobol = m.equals("sobol") || shapley;
        SensitivityAnalysis analysis = EuroMeshSensitivity.analysis(model)
                .withSeed(seed)
                .withThreads(workers)
                .withRankSamples(rank ? Math.multiplyExact(5, samples) : 0)
                .withSobolSamples(sobol ? samples : 0)
                .withTornadoOutputs(tornado ? filter(EuroMeshSensitivity.tornadoOutputs(model), wanted) : List.of())
                .withRankOutputs(filter(EuroMeshSensitivity.rankOutputs(model), wanted))
                .withSobolOutputs(filter(EuroMeshSensitivity.sobolOutputs(model), wanted))
                // The decision groups cover every sampled input, as the Shapley factors must.
                .withGroups(EuroMeshDecision.groups(model.inputs()));
        ShapleyEffects shapleyDesign = ShapleyEffects.of(model, EuroMeshDecision.groups(model.inputs())).withSeed(seed)
                .withThreads(workers).withOuter(samples);
        // Sobol: N·(d + 2) points at least (groups add more); rank correlation: 5·N; Shapley:
        // (2^groups − 1)·N·3. Exact arithmetic.
        long evaluations = Math.addExact(Math.addExact(
                sobol ? Math.multiplyExact((long) samples, model.inputs().dimension() + 2L) : 0,
                rank ? Math.multiplyExact(5L, samples) : 0), shapley ? shapleyDesign.evaluations() : 0);
        Bounds.longRunNote(evaluations, workers).ifPresent(n -> {
            spec.commandLine().getErr().println(n);
            spec.commandLine().getErr().flush();
        });
        try (ProgressBar.Progress progress = quiet.progress()) {
            ProgressListener stages = progress.stages("sensitivity");
            SensitivityResult result = analysis.run(stages);
            ShapleyResult sh = shapley ? shapleyDesign.run(filter(EuroMeshSensitivity.sobolOutputs(model), wanted),
                    stages) : null;
            progress.clear();
            String text = render(set, targets, result) + (sh == null ? "" : shapleyText(targets, result, sh));
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();

            // Everything is rendered into a temporary folder, then moved into place: all or nothing.
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ReportSection section = SensitivitySection.of(result, targets.stream().map(Target::name).toList());
            if (sh != null) {
                List<Block> blocks = new java.util.ArrayList<>(section.blocks());
                blocks.addAll(ShapleySection.blocks(sh, result, filter(EuroMeshSensitivity.sobolOutputs(model), wanted)));
                section = new ReportSection(section.title(), blocks, section.charts());
            }
            SensitivityReport.write(out, List.of(intro(set)), section, json.writeValueAsBytes(result), svg.svg,
                    progress.stages("writing the report"));
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%nWrote %s (sensitivity.json, sensitivity.md, sensitivity.html, "
                + "charts/tornado_*.png).%n", out);
        return 0;
    }

    private void deprecated(String old, String now) {
        spec.commandLine().getErr().printf(Locale.ROOT, "euromesh sensitivity: %s is deprecated, use %s (in every other "
                + "command %s means something else)%n", old, now, old);
        spec.commandLine().getErr().flush();
    }

    private Block intro(ParameterSet set) {
        return new Block.Paragraph("This run. ", String.format(Locale.ROOT, "Scenario %s, parameters: %s, euromesh %s, "
                + "method %s. The terminal output of 'euromesh sensitivity' lists the same numbers; sensitivity.json "
                + "has all of them.", set.scenario(), parameters.paramsDir == null ? "shipped baseline"
                : parameters.paramsDir.toString(), Version.VERSION, method.trim().toLowerCase(Locale.ROOT)));
    }

    private static String shapleyText(List<Target> targets, SensitivityResult r, ShapleyResult sh) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nShapley effects (%d outer x %d inner draws per "
                + "subset of groups, %d evaluations, B = %d):%n", sh.outer(), sh.inner(), sh.evaluations(), sh.bootstrap()));
        for (Target t : targets) {
            for (String out : List.of(EuroMeshSensitivity.lead(t.name()), t.name() + ".win")) {
                sb.append(ShapleySection.text(sh, r, out));
            }
        }
        return sb.append("Why they differ: ").append(ShapleySection.WHY).append(System.lineSeparator()).toString();
    }

    private static List<String> filter(List<String> names, Predicate<String> wanted) {
        return names.stream().filter(wanted).toList();
    }

    static String render(ParameterSet set, List<Target> targets, SensitivityResult r) {
        StringBuilder sb = new StringBuilder();
        var s = r.settings();
        sb.append(String.format(Locale.ROOT, "Sensitivity, scenario %s (seed %d; Sobol N = %d, %s, bootstrap B = %d; "
                + "rank sample N = %d)%n", set.scenario(), s.seed(), s.sobolSamples(), s.sobolMethod(), s.bootstrap(),
                s.rankSamples()));
        for (Target t : targets) {
            String lead = EuroMeshSensitivity.lead(t.name());
            String win = t.name() + ".win";
            sb.append(String.format(Locale.ROOT, "%n== %s (C = %s FLOP) ==%n", t.name(), Numbers.format(t.computeFlop())));
            r.tornado().stream().filter(c -> c.output().equals(lead)).findFirst().ifPresent(c -> tornado(sb, c));
            if (r.sobol() != null) {
                for (String out : List.of(lead, win)) {
                    r.sobol().outputs().stream().filter(o -> o.output().equals(out)).findFirst().ifPresent(o -> sobol(sb, o));
                }
            }
            if (r.rankCorrelation() != null) {
                r.rankCorrelation().outputs().stream().filter(o -> o.output().equals(lead)).findFirst()
                        .ifPresent(o -> rank(sb, o));
            }
            SensitivitySection.verdict(r, t.name()).ifPresent(v -> sb.append("DiLoCo penalty: ").append(v)
                    .append(System.lineSeparator()));
        }
        if (!r.warnings().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nNotes:%n"));
            r.warnings().forEach(w -> sb.append("  - ").append(w).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    private static void tornado(StringBuilder sb, TornadoChart c) {
        sb.append(String.format(Locale.ROOT, "Tornado of %s (others at central; central %s y):%n", c.output(),
                Numbers.format(round3(c.central()))));
        for (TornadoBar b : c.top(TOP)) {
            sb.append(String.format(Locale.ROOT, "  %-34s P10 %-10s -> %8s y   P90 %-10s -> %8s y   swing %+.3f y%s%n", b.input(),
                    Numbers.format(b.lowValue()), Numbers.format(round3(b.outputAtLow())), Numbers.format(b.highValue()),
                    Numbers.format(round3(b.outputAtHigh())), b.swing(), b.censored() ? " (censored, lower bound)" : ""));
        }
    }

    private static void sobol(StringBuilder sb, SobolOutput o) {
        sb.append(String.format(Locale.ROOT, "Sobol indices of %s (first order S, total ST, 95%% bootstrap CI):%n", o.output()));
        if (o.note() != null && !o.note().isBlank()) {
            sb.append("  ").append(o.note()).append(System.lineSeparator());
        }
        if (!o.estimable()) {
            return;
        }
        for (SobolIndex i : o.groups()) {
            line(sb, "[group] " + i.factor(), i);
        }
        o.inputs().stream().sorted((a, b) -> Double.compare(b.total(), a.total())).limit(TOP)
                .forEach(i -> line(sb, i.factor(), i));
    }

    private static void line(StringBuilder sb, String name, SobolIndex i) {
        sb.append(String.format(Locale.ROOT, "  %-34s S %6.3f [%6.3f, %6.3f]   ST %6.3f [%6.3f, %6.3f]%n", name, i.first(),
                i.firstCi().lo(), i.firstCi().hi(), i.total(), i.totalCi().lo(), i.totalCi().hi()));
    }

    private static void rank(StringBuilder sb, RankCorrelationOutput o) {
        sb.append(String.format(Locale.ROOT, "Spearman rank correlation with %s (95%% bootstrap CI):%n", o.output()));
        o.entries().stream().sorted((a, b) -> Double.compare(Math.abs(b.rho()), Math.abs(a.rho()))).limit(TOP)
                .forEach((RankCorrelationEntry e) -> sb.append(String.format(Locale.ROOT,
                        "  %-34s rho %+6.3f [%+6.3f, %+6.3f]   rho^2 share %5.3f (a proxy, not a variance share)%n",
                        e.input(), e.rho(), e.rhoCi().lo(), e.rhoCi().hi(), e.share())));
    }

    private static double round3(double v) {
        return Estimates.round(v, 3);
    }
}

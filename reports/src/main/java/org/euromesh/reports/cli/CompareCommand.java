package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.Comparison;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.ProbabilityEstimate;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code euromesh compare --scenario A --scenario B}: both scenarios on the same random numbers
 * (common random numbers: an input of the same name gets the same uniform on every path), and the
 * paired difference B − A of P(federation first) per target with its 95% interval. Pairing removes
 * the noise the two runs share, so a difference far smaller than either run's own error shows up;
 * the independent-runs error is printed beside it so the gain is visible. The run options are
 * {@code run}'s ({@code --samples} or {@code --precision} on the headline target, {@code --seed},
 * {@code --threads}, {@code --method}); a precision run stops when both scenarios' headline meets it.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Two scenarios on common random numbers: P(federation first) of each and the paired "
                + "difference B - A per target, with 95% intervals.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", required = true, arity = "1",
            description = "Give it twice: scenario A, then scenario B (baseline, optimistic, pessimistic, "
                    + "medium-sites-only, or an overlay in DIR/scenarios/).")
    List<String> scenarios;

    @Option(names = "--params", paramLabel = "DIR",
            description = "Folder with your own copy of the parameter files (default: the shipped baseline).")
    Path paramsDir;

    @Mixin
    RunOptions run;

    @Mixin
    QuietOption quiet;

    /** Two-sided 95% normal quantile: the paired difference is a mean of many independent paths. */
    private static final double Z95 = 1.959963984540054;

    @Override
    public Integer call() {
        if (scenarios.size() != 2) {
            throw new IllegalArgumentException("--scenario must be given exactly twice (A, then B), got "
                    + scenarios.size() + ": " + scenarios);
        }
        RunSpec runSpec = run.spec(); // bounds first, before any file is read
        ParameterSet base = paramsDir == null ? ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA)
                : ParameterLoader.load(paramsDir, EuroMeshInputs.SCHEMA);
        ParameterSet a = ParameterLoader.scenario(base, scenarios.get(0));
        ParameterSet b = ParameterLoader.scenario(base, scenarios.get(1));
        Comparison c;
        try (ProgressBar.Progress progress = quiet.progress()) {
            c = Sampler.compare(EuroMeshModel.of(a, run.target), EuroMeshModel.of(b, run.target), runSpec,
                    progress.sampling("sampling both scenarios", runSpec.samples()));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Scenarios %s (A) and %s (B) on the same %,d paths (%s, seed %d).%n%n",
                a.scenario(), b.scenario(), c.a().samples(), runSpec.method().name().toLowerCase(Locale.ROOT),
                runSpec.seed());
        w.println("P(federation first), 95% Wilson intervals; B - A is the paired difference with its 95% interval,");
        w.println("and 'unpaired' is the half-width two independent runs of this size would give.");
        w.printf(Locale.ROOT, "  %-14s %-34s %-34s %-30s %s%n", "target", "A", "B", "B - A", "unpaired ±");
        for (Target t : a.targets()) {
            String name = Outputs.win(t.name());
            ProbabilityEstimate pa = c.a().output(name).probability();
            ProbabilityEstimate pb = c.b().output(name).probability();
            OutputSummary d = c.difference(name);
            w.printf(Locale.ROOT, "  %-14s %-34s %-34s %-30s %s%n", t.name(), RunCommand.probability(pa),
                    RunCommand.probability(pb), difference(d),
                    String.format(Locale.ROOT, "%.4f", unpairedHalfWidth(pa, pb)));
        }
        return 0;
    }

    /** "-0.0812 ± 0.0006": the mean paired difference with its normal 95% half-width. */
    static String difference(OutputSummary d) {
        double mean = d.mean().mean();
        double half = Z95 * d.mean().standardError();
        if (d.mean().n() < 2 || !Double.isFinite(half)) {
            return "n/a";
        }
        if (half == 0.0) {
            return String.format(Locale.ROOT, "%+.4f (equal on every path)", mean);
        }
        return String.format(Locale.ROOT, "%+.4f ± %.4f", mean, half);
    }

    /** 1.96·sqrt(pA(1 − pA)/nA + pB(1 − pB)/nB): what two independent runs would give. */
    static double unpairedHalfWidth(ProbabilityEstimate a, ProbabilityEstimate b) {
        double va = a.p() * (1 - a.p()) / a.n();
        double vb = b.p() * (1 - b.p()) / b.n();
        return Z95 * Math.sqrt(va + vb);
    }
}

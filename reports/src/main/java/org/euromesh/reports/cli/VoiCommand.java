package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.analysis.Evppi;
import org.euromesh.engine.analysis.VoiResult;
import org.euromesh.model.EuroMeshDecision;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.decision.DecisionAnalysis;
import org.euromesh.reports.decision.DecisionFindings;
import org.euromesh.reports.decision.DecisionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code euromesh voi}: what is worth knowing better before choosing between federating and waiting. */
@Command(name = "voi", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Value of information for 'federate or wait for the campus' (loss: delivery time): EVPI and "
                + "EVPPI per input group, in months of expected delay avoided, with bootstrap intervals.")
final class VoiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    DecisionOptions options;

    @Mixin
    QuietOption quiet;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap replicates behind each interval, 0 to 10,000 (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Override
    public Integer call() {
        DecisionOptions.Analysed a = options.analyse(parameters, quiet, bootstrap, true);
        ParameterSet set = a.set();
        EuroMeshModel model = a.model();
        DecisionFindings f = a.findings();
        PrintWriter w = spec.commandLine().getOut();
        DecisionText text = DecisionText.of(EuroMeshDecision.units(set), model.inputs());
        w.printf(Locale.ROOT, "Value of information, scenario %s: %,d paths (seed %d), decision 'federate or wait for the "
                + "campus', loss = delivery time (censored times clipped at the %s-year horizon, end of %d); EVPPI by "
                + "regression on each group's inputs (Strong, Oakley & Brennan 2014), %d block-bootstrap replicates.%n",
                set.scenario(), f.paths(), f.seed(), org.euromesh.reports.format.Numbers.format(f.horizon()), 2026 + (int) Math.round(f.horizon()) - 1,
                bootstrap);
        for (String t : f.targets()) {
            VoiResult v = f.voi().get(t);
            w.println();
            if (v == null) {
                w.printf(Locale.ROOT, "%s: the campus delivers first on %,d of %,d paths; fewer than %d on one side, so "
                        + "the decision is not in doubt and information is worth (almost) nothing.%n", t,
                        f.campusWins().get(t), f.paths(), DecisionAnalysis.MIN_PATHS);
                continue;
            }
            w.println(text.voi(t, v));
            censoring(w, f, t);
            print(w, v);
        }
        return 0;
    }

    static void censoring(PrintWriter w, DecisionFindings f, String t) {
        long cf = f.censoredFed().get(t);
        long cc = f.censoredCampus().get(t);
        if (cf + cc > 0) {
            w.printf(Locale.ROOT, "  (clipped at the horizon: federation on %,d paths, campus on %,d.)%n", cf, cc);
        }
    }

    static void print(PrintWriter w, VoiResult v) {
        w.printf(Locale.ROOT, "  %-36s %10s %20s %8s %7s  %s%n", "group", "months", "95% CI", "% EVPI", "R²", "inputs");
        w.printf(Locale.ROOT, "  %-36s %10.2f %20s %8s %7s  %s%n", "all inputs (EVPI)", 12 * v.evpi(),
                ci(v.evpiCi().lo(), v.evpiCi().hi()), "100%", "", "");
        for (Evppi e : v.groups()) {
            w.printf(Locale.ROOT, "  %-36s %10.2f %20s %7.0f%% %7.3f  %d (%s, %d %s)%n", e.group(), 12 * e.value(),
                    ci(e.ci().lo(), e.ci().hi()), v.evpi() > 0 ? 100 * e.value() / v.evpi() : 0.0, e.rSquared(),
                    e.inputs().size(), e.estimator(), e.columns(),
                    e.estimator().equals(Evppi.CELL_MEANS) ? "cells" : "columns");
        }
    }

    private static String ci(double lo, double hi) {
        return Double.isNaN(lo) ? "" : String.format(Locale.ROOT, "[%.2f, %.2f]", 12 * lo, 12 * hi);
    }
}

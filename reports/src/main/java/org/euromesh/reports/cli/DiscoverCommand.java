package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.PrimStep;
import org.euromesh.engine.analysis.Restriction;
import org.euromesh.model.EuroMeshDecision;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.decision.DecisionAnalysis;
import org.euromesh.reports.decision.DecisionFindings;
import org.euromesh.reports.decision.DecisionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code euromesh discover}: in which worlds does the campus win? PRIM boxes in input space. */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scenario discovery (PRIM): the box of input space where the campus delivers first, "
                + "with its coverage, density and mass measured on held-out paths.")
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    DecisionOptions options;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() {
        DecisionOptions.Analysed a = options.analyse(parameters, quiet, 0, false);
        ParameterSet set = a.set();
        EuroMeshModel model = a.model();
        DecisionFindings f = a.findings();
        PrintWriter w = spec.commandLine().getOut();
        DecisionText text = DecisionText.of(EuroMeshDecision.units(set), model.inputs());
        w.printf(Locale.ROOT, "Scenario discovery, scenario %s: %,d paths (seed %d), PRIM peeling %.0f%% a step on the "
                + "even paths, every number below measured on the odd ones.%n", set.scenario(), f.paths(), f.seed(),
                100 * org.euromesh.engine.analysis.Prim.DEFAULT_PEEL);
        for (String t : f.targets()) {
            PrimResult r = f.prim().get(t);
            w.println();
            if (r == null) {
                w.printf(Locale.ROOT, "%s: the campus delivers first on %,d of %,d paths; fewer than %d on one side, so "
                        + "there is nothing to discover.%n", t, f.campusWins().get(t), f.paths(), DecisionAnalysis.MIN_PATHS);
                continue;
            }
            w.println(text.discovery(t, r));
            print(w, text, r);
        }
        return 0;
    }

    static void print(PrintWriter w, DecisionText text, PrimResult r) {
        if (r.hasBox()) {
            w.printf(Locale.ROOT, "  %-56s %s%n", "restriction (most important first)", "campus-win density if dropped (train)");
            for (Restriction b : r.box()) {
                w.printf(Locale.ROOT, "  %-56s %.3f%n", text.restriction(b), b.densityIfDropped());
            }
        }
        w.printf(Locale.ROOT, "  peeling trajectory (%d boxes; every 10th shown, * = chosen before pruning):%n",
                r.trajectory().size());
        w.printf(Locale.ROOT, "    %5s %8s %10s %9s %10s %9s %5s%n", "step", "mass", "coverage", "density", "held-out cov",
                "density", "dims");
        for (int s = 0; s < r.trajectory().size(); s++) {
            if (s % 10 != 0 && s != r.chosenStep() && s != r.trajectory().size() - 1) {
                continue;
            }
            PrimStep p = r.trajectory().get(s);
            w.printf(Locale.ROOT, "   %s%5d %8.4f %10.3f %9.3f %10.3f %9.3f %5d%n", s == r.chosenStep() ? "*" : " ", s,
                    p.trainMass(), p.trainCoverage(), p.trainDensity(), p.testCoverage(), p.testDensity(), p.restricted());
        }
    }
}

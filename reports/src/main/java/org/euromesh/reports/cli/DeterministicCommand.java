package org.euromesh.reports.cli;

import org.euromesh.reports.format.Numbers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;
import org.euromesh.reports.CalendarMonth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code euromesh deterministic}: every input at its central value, the way the original study
 * worked, for the five scenarios, with the medium-sites-only 405B row set against the study.
 */
@Command(name = "deterministic", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Central-value run of every scenario, compared with the reference study.")
final class DeterministicCommand implements Callable<Integer> {

    @Mixin
    QuietOption quiet;


    /** The reference study (docs/MODEL.md §6): mesh Oct 2028, campus Feb 2033, gap about 52 months. */
    static final double REFERENCE_MESH = CalendarMonth.start(2028, 10);
    static final double REFERENCE_CAMPUS = CalendarMonth.start(2033, 2);
    static final int REFERENCE_GAP_MONTHS = 52;
    static final String REFERENCE_SCENARIO = "medium-sites-only";
    static final String REFERENCE_TARGET = "405B";
    private static final List<String> SCENARIOS = List.of("baseline", "optimistic", "pessimistic", REFERENCE_SCENARIO, "institutional");

    @Spec
    CommandSpec spec;

    @Option(names = "--params", paramLabel = "DIR", description = "Folder with your own copy of the parameter files.")
    java.nio.file.Path paramsDir;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Only this scenario (default: the five of docs/MODEL.md §5).")
    String only;

    @Override
    public Integer call() {
        ParameterOptions options = new ParameterOptions();
        options.paramsDir = paramsDir;
        List<String> names = only == null ? SCENARIOS : List.of(only);
        // Load every scenario first: a bad file fails before anything is printed.
        List<ParameterSet> sets = names.stream().map(options::load).toList();
        PrintWriter w = spec.commandLine().getOut();
        w.println("Deterministic run: every input at its central value (no Monte Carlo).");
        for (ParameterSet set : sets) {
            EuroMeshModel model = EuroMeshModel.of(set);
            double[] out = model.evaluateCentral();
            w.printf(Locale.ROOT, "%nscenario %s%n", set.scenario());
            w.printf(Locale.ROOT, "  %-14s %-10s %-10s %8s  %s%n", "target", "federation", "campus", "lead (y)", "federation FLOP mostly from");
            for (Target t : set.targets()) {
                double fed = out[model.outputIndex(Outputs.tFed(t.name()))];
                double campus = out[model.outputIndex(Outputs.tCampus(t.name()))];
                boolean sites = out[model.outputIndex(Outputs.sitesMost(t.name()))] == 1.0;
                w.printf(Locale.ROOT, "  %-14s %-10s %-10s %8s  %s%n", t.name(), CalendarMonth.of(fed, model.horizon()),
                        CalendarMonth.of(campus, model.horizon()),
                        Double.isInfinite(campus - fed) ? Estimates.censoredLead(campus - fed)
                                : Numbers.format(round2(campus - fed)), sites ? "medium sites" : "public substrate");
            }
            if (set.scenario().equals(REFERENCE_SCENARIO)) {
                compareWithReference(w, set, model, out);
            }
        }
        return 0;
    }

    private static void compareWithReference(PrintWriter w, ParameterSet set, EuroMeshModel model, double[] out) {
        double fed = out[model.outputIndex(Outputs.tFed(REFERENCE_TARGET))];
        double campus = out[model.outputIndex(Outputs.tCampus(REFERENCE_TARGET))];
        long gap = CalendarMonth.monthsBetween(fed, campus);
        w.printf(Locale.ROOT, "%n  Reference study (EuroMesh, June 2026; docs/MODEL.md §6), %s, %s:%n", REFERENCE_SCENARIO, REFERENCE_TARGET);
        w.printf(Locale.ROOT, "    %-10s %-10s %-10s %s%n", "", "study", "ours", "difference");
        w.printf(Locale.ROOT, "    %-10s %-10s %-10s %+d months%n", "mesh", CalendarMonth.of(REFERENCE_MESH, model.horizon()),
                CalendarMonth.of(fed, model.horizon()),
                CalendarMonth.monthsBetween(REFERENCE_MESH, fed));
        w.printf(Locale.ROOT, "    %-10s %-10s %-10s %+d months%n", "campus", CalendarMonth.of(REFERENCE_CAMPUS, model.horizon()),
                CalendarMonth.of(campus, model.horizon()),
                CalendarMonth.monthsBetween(REFERENCE_CAMPUS, campus));
        w.printf(Locale.ROOT, "    %-10s %-10s %-10s %+d months%n", "gap", REFERENCE_GAP_MONTHS + " mo", gap + " mo", gap - REFERENCE_GAP_MONTHS);
        double commission = set.scalar("site_commission").central();
        double fastest = set.regions().stream().mapToDouble(r -> r.leadMedium().central()).min().orElse(Double.NaN);
        double tau = set.scalar("tau_mega").central();
        double fitout = set.scalar("campus_fitout").central();
        w.printf(Locale.ROOT, "  Ours, decomposed (central inputs of docs/MODEL.md):%n");
        w.printf(Locale.ROOT, "    mesh   = fastest medium lead time %s y + site_commission %s y + training %s y%n",
                Numbers.format(fastest), Numbers.format(commission), Numbers.format(round3(fed - fastest - commission)));
        w.printf(Locale.ROOT, "    campus = tau_mega %s y + campus_fitout %s y + training %s y%n",
                Numbers.format(tau), Numbers.format(fitout), Numbers.format(round3(campus - tau - fitout)));
        w.printf(Locale.ROOT, "  Commissioning and fit-out are explicit here; both sides then train %s within weeks,%n"
                + "  so the verdict reduces to the study's inequality: are the sites online before the campus?%n", REFERENCE_TARGET);
    }

    private static double round3(double v) {
        return Estimates.round(v, 3);
    }

    private static double round2(double v) {
        return Estimates.round(v, 2);
    }
}

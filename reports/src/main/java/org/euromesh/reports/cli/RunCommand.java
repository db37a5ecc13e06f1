package org.euromesh.reports.cli;

import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.io.OutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.Partial;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.ProbabilityEstimate;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Region;
import org.euromesh.params.Target;
import org.euromesh.reports.CalendarMonth;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.decision.DecisionAnalysis;
import org.euromesh.reports.decision.DecisionFindings;
import org.euromesh.reports.decision.DecisionSections;
import org.euromesh.reports.decision.DecisionText;
import org.euromesh.reports.decision.DeliveryByYear;
import org.euromesh.model.EuroMeshDecision;
import org.euromesh.engine.analysis.ShapleyEffects;
import org.euromesh.engine.analysis.ShapleyResult;
import org.euromesh.reports.sensitivity.ShapleySection;
import org.euromesh.reports.run.ParameterSource;
import org.euromesh.reports.run.PartialFile;
import org.euromesh.reports.run.RunConfiguration;
import org.euromesh.reports.run.RunExecutor;
import org.euromesh.reports.sensitivity.SensitivitySection;
import org.euromesh.model.EuroMeshSensitivity;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.engine.sensitivity.SensitivityResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code euromesh run}: the Monte Carlo answer, P(federation ships before the campus), with its error. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monte Carlo run: P(federation ships before the campus) per target, "
        + "both delivery dates, the lead, and the regional scorecard; writes the report to --out.")
final class RunCommand implements Callable<Integer> {

    /** Where the blocks are computed: this JVM unless a cluster launcher injected its own. */
    private final RunExecutor executor;

    RunCommand() {
        this(RunExecutor.LOCAL);
    }

    RunCommand(RunExecutor executor) {
        this.executor = java.util.Objects.requireNonNull(executor, "executor");
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "euromesh-out",
            description = "Folder for summary.json and the report (default: ${DEFAULT-VALUE}); a new folder, an empty one, "
                    + "or one euromesh wrote before (it holds .euromesh-output); never a parameter folder.")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--no-sensitivity",
            description = "Skip the report's 'what drives the answer' section (tornado, Sobol N = 1024, rank "
                    + "correlation on 5,000 paths, Shapley effects on 1,024 outer draws, headline target only; a "
                    + "second or two).")
    boolean noSensitivity;

    @Option(names = "--by", paramLabel = "YEAR",
            description = "Also print P(each side has delivered by 31 December of YEAR) for every target.")
    Integer by;

    @Option(names = "--no-decision",
            description = "Skip the report's 'When does the campus win?' and 'What is worth knowing better?' sections "
                    + "(PRIM and value of information on min(N, " + QUICK_DECISION_SAMPLES + ") paths, "
                    + QUICK_DECISION_BOOTSTRAP + " bootstrap replicates; a few seconds).")
    boolean noDecision;

    /** Paths and bootstrap replicates of the run's decision sections; 'euromesh discover' and 'voi' go further. */
    static final int QUICK_DECISION_SAMPLES = 50_000;
    static final int QUICK_DECISION_BOOTSTRAP = 100;

    @Option(names = "--blocks", paramLabel = "FROM:TO",
            description = "Run only blocks FROM (inclusive) to TO (exclusive) of the run (blocks of --block-size "
                    + "samples, counted from 0) and write them to --partial: one task of a job array. "
                    + "'euromesh merge' turns the partials into the report. Needs --samples, not --precision.")
    String blocks;

    @Option(names = "--partial", paramLabel = "FILE",
            description = "With --blocks: the partial file to write (the report is written by 'euromesh merge').")
    Path partial;

    /** Sobol design size of the run's quick sensitivity section; 'euromesh sensitivity' goes further. */
    static final int QUICK_SOBOL_SAMPLES = 1024;
    static final int QUICK_RANK_SAMPLES = 5000;
    /** Outer draws per subset of groups of the section's Shapley effects (3 inner draws each). */
    static final int QUICK_SHAPLEY_OUTER = 1024;

    @Override
    public Integer call() {
        // Every option is checked before the parameters are read and long before any sampling.
        if ((blocks == null) != (partial == null)) {
            throw new IllegalArgumentException("--blocks and --partial go together: a job-array task runs "
                    + "--blocks FROM:TO and writes them to --partial FILE");
        }
        BlockRange range = blocks == null ? null : BlockRange.parse(blocks);
        RunSpec runSpec = run.spec();
        if (range != null) {
            if (runSpec.hasPrecisionTarget()) {
                throw new IllegalArgumentException("--blocks needs a fixed --samples N: a --precision run decides where "
                        + "to stop as its blocks come in (run it on one machine or on Spark)");
            }
            range.within(runSpec.blocks(), runSpec.samples(), runSpec.blockSize());
            PartialFile.refuseForeign(partial);
        } else {
            OutputFolder.check("--out", out, parameters.paramsDir);
        }
        ParameterSet set = parameters.load();
        EuroMeshModel model = EuroMeshModel.of(set, run.target);
        if (by != null) {
            // The horizon is a parameter, so the year is checked once the model is built, still before sampling.
            DeliveryByYear.check(by, model.horizon());
        }
        RunConfiguration config = RunConfiguration.of(ParameterSource.of(parameters.paramsDir), set.scenario(),
                run.target, runSpec, !noSensitivity, !noDecision, Version.VERSION);
        long planned = range == null ? RunOptions.plannedSamples(runSpec)
                : Math.min(runSpec.samples(), range.to() * (long) runSpec.blockSize()) - range.from() * runSpec.blockSize();
        Bounds.longRunNote(planned, runSpec.threads()).ifPresent(n -> {
            spec.commandLine().getErr().println(n);
            spec.commandLine().getErr().flush();
        });
        ProgressListener progress = ProgressBar.forTerminal(quiet);
        PrintWriter w = spec.commandLine().getOut();
        if (range != null) {
            long t0 = System.nanoTime();
            Partial p = executor.runBlocks(config, model, runSpec, range.from(), range.to(), progress);
            if (progress instanceof ProgressBar bar) {
                bar.finish();
            }
            PartialFile.write(partial, config, p);
            w.printf(Locale.ROOT, "EuroMesh MC %s: blocks %d:%d of %d (%,d samples, seed %d), %s, %.1f s%n"
                    + "Wrote partial %s; 'euromesh merge' makes the report once every block is done.%n",
                    Version.VERSION, range.from(), range.to(), runSpec.blocks(), planned, runSpec.seed(),
                    executor.describe(runSpec), (System.nanoTime() - t0) / 1e9, partial);
            return 0;
        }
        RunResult result = executor.run(config, model, runSpec, progress);
        if (progress instanceof ProgressBar bar) {
            bar.finish();
        }
        printSummary(w, set, model, result, String.format(Locale.ROOT, "%s, %.1f s", executor.describe(runSpec),
                result.elapsed().toMillis() / 1000.0));
        if (by != null) {
            w.print(DeliveryByYear.lines(result, set.targets().stream().map(Target::name).toList(), by));
        }
        List<ReportSection> sections = sections(set, model, runSpec, result, !noSensitivity, !noDecision, quiet);
        RunOutput.write(result, set, model.headline(), out, sections);
        w.printf(Locale.ROOT, "%nWrote %s (summary.json, report.md, report.html, tables, charts).%n", out);
        return 0;
    }

    /**
     * The report's sections after the charts, in order: what {@code merge} writes too, so that a
     * merged job array's report is this run's.
     */
    static List<ReportSection> sections(ParameterSet set, EuroMeshModel model, RunSpec runSpec, RunResult result,
                                        boolean sensitivity, boolean decision, boolean quiet) {
        List<ReportSection> sections = new ArrayList<>();
        if (sensitivity) {
            sections.add(quickSensitivity(model, runSpec));
        }
        sections.add(DeliveryByYear.section(result, set.targets().stream().map(Target::name).toList(), model.horizon()));
        if (decision) {
            sections.addAll(quickDecision(model, runSpec, quiet));
        }
        return sections;
    }

    /** Scenario discovery and value of information on a smaller sample of its own, for the report. */
    private static List<ReportSection> quickDecision(EuroMeshModel model, RunSpec runSpec, boolean quiet) {
        int n = (int) Math.min(runSpec.samples(), QUICK_DECISION_SAMPLES);
        if (n < 4 * DecisionAnalysis.MIN_PATHS) {
            return List.of();
        }
        DecisionFindings f = DecisionAnalysis.run(model, model.parameters().targets(), n, runSpec.seed(),
                runSpec.threads(), QUICK_DECISION_BOOTSTRAP, true, ProgressListener.NONE, stage -> {
                    if (!quiet && System.console() != null) {
                        System.err.println("euromesh: " + stage);
                    }
                });
        DecisionText text = DecisionText.of(EuroMeshDecision.units(model.parameters()), model.inputs());
        return List.of(DecisionSections.discovery(f, text), DecisionSections.voi(f, text));
    }

    /** The headline target's tornado, Sobol indices and rank correlations, for the report. */
    static ReportSection quickSensitivity(EuroMeshModel model, RunSpec runSpec) {
        String t = model.headline();
        java.util.function.Predicate<String> mine = n -> n.startsWith(t + ".");
        SensitivityResult r = EuroMeshSensitivity.analysis(model).withSeed(runSpec.seed()).withThreads(runSpec.threads())
                .withSobolSamples(QUICK_SOBOL_SAMPLES).withRankSamples(QUICK_RANK_SAMPLES)
                .withTornadoOutputs(EuroMeshSensitivity.tornadoOutputs(model).stream().filter(mine).toList())
                .withRankOutputs(EuroMeshSensitivity.rankOutputs(model).stream().filter(mine).toList())
                .withSobolOutputs(EuroMeshSensitivity.sobolOutputs(model).stream().filter(mine).toList())
                .run();
        ReportSection s = SensitivitySection.of(r, List.of(t));
        List<String> outs = EuroMeshSensitivity.sobolOutputs(model).stream().filter(mine).toList();
        ShapleyResult sh = ShapleyEffects.of(model, EuroMeshDecision.groups(model.inputs())).withSeed(runSpec.seed())
                .withThreads(runSpec.threads()).withOuter(QUICK_SHAPLEY_OUTER).run(outs);
        List<org.euromesh.reports.report.Block> blocks = new ArrayList<>(s.blocks());
        blocks.addAll(ShapleySection.blocks(sh, r, outs));
        return new ReportSection(s.title(), blocks, s.charts());
    }

    /** The run's answer as text; {@code how} says where and how fast it ran, e.g. "2 threads, 1.5 s". */
    static void printSummary(PrintWriter w, ParameterSet set, EuroMeshModel model, RunResult r, String how) {
        RunSpec s = r.spec();
        w.printf(Locale.ROOT, "EuroMesh MC %s: scenario %s, %,d samples (%s, seed %d), %s%s%n",
                Version.VERSION, set.scenario(), r.samples(), s.method().name().toLowerCase(Locale.ROOT), s.seed(),
                how,
                s.hasPrecisionTarget() ? String.format(Locale.ROOT, ", precision target %s %s", Numbers.format(s.precision()),
                        r.targetMet() ? "met" : "NOT met (hit --max-samples)") : "");
        w.printf(Locale.ROOT, "%nP(federation ships before the campus), 95%% Wilson interval; dates are P50 [P5, P95]:%n");
        w.printf(Locale.ROOT, "  %-14s %-33s %-32s %-32s %-16s %s%n", "target", "P(win)", "federation trains it",
                "campus trains it", "lead P50 (y)", "FLOP mostly from sites");
        for (Target t : set.targets()) {
            String n = t.name();
            ProbabilityEstimate win = r.output(Outputs.win(n)).probability();
            OutputSummary lead = r.output(Outputs.lead(n));
            w.printf(Locale.ROOT, "  %-14s %-33s %-32s %-32s %-16s %s%n", n, probability(win),
                    dates(r.output(Outputs.tFed(n))), dates(r.output(Outputs.tCampus(n))),
                    Estimates.lead(lead.percentile(0.5), r.samples()),
                    probability(r.output(Outputs.sitesMost(n)).probability()));
        }
        printConditional(w, set, r);
        printCensoring(w, set, r);
        printRegions(w, set, model, r);
    }

    /** P(win) if the method works at the target's size (§2.1) and, under a mixture, per regime (§3.2). */
    private static void printConditional(PrintWriter w, ParameterSet set, RunResult r) {
        boolean mixture = r.outputs().stream().anyMatch(o -> o.name().equals(Outputs.MOBILISED));
        w.printf(Locale.ROOT, "%nConditional P(win)%s:%n", mixture ? String.format(Locale.ROOT,
                " (each path drew its regime: mobilised in %s)", probability(r.output(Outputs.MOBILISED).probability())) : "");
        w.printf(Locale.ROOT, "  %-14s %-33s %s%s%n", "target", "P(method fails)",
                mixture ? String.format(Locale.ROOT, "%-33s", "P(win | method works)") : "P(win | method works)",
                mixture ? String.format(Locale.ROOT, " %-33s %s", "P(win | mobilised)", "P(win | institutional)") : "");
        for (Target t : set.targets()) {
            String n = t.name();
            String works = probability(r.output(Outputs.winIfMethodWorks(n)).probability());
            w.printf(Locale.ROOT, "  %-14s %-33s %s%s%n", n, probability(r.output(Outputs.methodFailed(n)).probability()),
                    mixture ? String.format(Locale.ROOT, "%-33s", works) : works,
                    mixture ? String.format(Locale.ROOT, " %-33s %s", probability(r.output(Outputs.winIfMobilised(n)).probability()),
                            probability(r.output(Outputs.winIfInstitutional(n)).probability())) : "");
        }
    }

    private static void printCensoring(PrintWriter w, ParameterSet set, RunResult r) {
        for (Target t : set.targets()) {
            OutputSummary fed = r.output(Outputs.tFed(t.name()));
            if (fed.censored() > 0) {
                w.printf(Locale.ROOT, "  %s: the federation does not finish by end of 2049 in %s of paths (counted as losses, "
                        + "reported as 'after 2049').%n", t.name(), Numbers.format(fed.censoredFraction()));
            }
        }
    }

    private static void printRegions(PrintWriter w, ParameterSet set, EuroMeshModel model, RunResult r) {
        List<Region> regions = set.regions().stream()
                .sorted(Comparator.comparingDouble(g -> r.output(Outputs.region(g.name(), "rank")).mean().mean()))
                .toList();
        w.printf(Locale.ROOT, "%nRegional scorecard (%s on each region's own sites), best expected rank first:%n", model.headline());
        w.printf(Locale.ROOT, "  %-18s %-35s %-14s %-16s %-31s %s%n", "region", "P(rank 1)", "exp. rank", "first site P50",
                "P(trains before campus)", "sites (mean)");
        for (Region g : regions.subList(0, Math.min(3, regions.size()))) {
            String n = g.name();
            OutputSummary rank = r.output(Outputs.region(n, "rank"));
            w.printf(Locale.ROOT, "  %-18s %-35s %-14s %-16s %-31s %s%n", n, probability(r.output(Outputs.region(n, "rank1")).probability()),
                    Estimates.mean(rank.mean().mean(), rank.mean().standardError(), r.samples()),
                    CalendarMonth.of(r.output(Outputs.region(n, "first_training")).percentile(0.5).value(),
                            model.horizon()),
                    probability(r.output(Outputs.region(n, "feasible")).probability()),
                    Numbers.format(round2(r.output(Outputs.region(n, "sites")).mean().mean())));
        }
    }

    static String probability(ProbabilityEstimate p) {
        return Numbers.probability(p.p(), p.lo(), p.hi());
    }

    private static String dates(OutputSummary time) {
        double h = time.spec().horizon();
        return String.format(Locale.ROOT, "%s [%s, %s]", CalendarMonth.of(time.percentile(0.5).value(), h),
                CalendarMonth.of(time.percentile(0.05).value(), h), CalendarMonth.of(time.percentile(0.95).value(), h));
    }

    private static double round2(double v) {
        return Estimates.round(v, 2);
    }
}

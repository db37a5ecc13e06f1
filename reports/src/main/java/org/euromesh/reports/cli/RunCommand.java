package org.euromesh.reports.cli;

import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.io.OutputFolder;
import java.io.PrintWriter;
import org.euromesh.engine.Partial;
import org.euromesh.reports.run.ParameterSource;
import org.euromesh.reports.run.PartialFile;
import org.euromesh.reports.run.RunConfiguration;
import org.euromesh.reports.run.RunExecutor;
import java.util.ArrayList;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.answer.Answer;
import org.euromesh.reports.decision.DecisionAnalysis;
import org.euromesh.reports.decision.DecisionFindings;
import org.euromesh.reports.decision.DecisionText;
import org.euromesh.reports.decision.DeliveryByYear;
import org.euromesh.reports.report.OutputFormats;
import org.euromesh.model.EuroMeshDecision;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.analysis.ShapleyEffects;
import org.euromesh.engine.analysis.ShapleyResult;
import org.euromesh.params.Target;
import org.euromesh.reports.sections.ReportSections;
import org.euromesh.reports.summary.Metadata;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.DecisionData;
import org.euromesh.reports.summary.SensitivityData;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TargetInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.CalendarMonth;
import org.euromesh.model.EuroMeshSensitivity;
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

    /** Where the blocks run: this JVM's threads, or a cluster (see {@code reports.run}). */
    private final RunExecutor executor;

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

    @Mixin
    QuietOption quiet;

    @Mixin
    FormatOptions formats;

    @Option(names = "--no-sensitivity",
            description = "Skip every analysis section of the report: 'what drives the answer' (tornado, Sobol "
                    + "N = 1024, rank correlation on 5,000 paths, Shapley effects, for the headline and the contested "
                    + "targets) and the two decision sections (see --no-decision); a few CPU-seconds less.")
    boolean noSensitivity;

    @Option(names = "--by", paramLabel = "YEAR",
            description = "Also print P(each side has delivered by 31 December of YEAR) for every target.")
    Integer by;

    @Option(names = "--no-decision",
            description = "Skip only the report's 'When does the campus win?' and 'What is worth knowing better?' sections "
                    + "(PRIM and value of information on min(N, " + QUICK_DECISION_SAMPLES + ") paths, "
                    + QUICK_DECISION_BOOTSTRAP + " bootstrap replicates; a few seconds).")
    boolean noDecision;

    /** Paths and bootstrap replicates of the run's decision sections; 'euromesh discover' and 'voi' go further. */
    static final int QUICK_DECISION_SAMPLES = 50_000;
    static final int QUICK_DECISION_BOOTSTRAP = 100;
    /** Outer draws per subset of groups of the section's Shapley effects (3 inner draws each). */
    static final int QUICK_SHAPLEY_OUTER = 1024;

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
                run.target, runSpec, !noSensitivity, decision(), Version.VERSION);
        long planned = range == null ? RunOptions.plannedSamples(runSpec)
                : Math.min(runSpec.samples(), range.to() * (long) runSpec.blockSize()) - range.from() * runSpec.blockSize();
        Bounds.longRunNote(planned, runSpec.threads()).ifPresent(n -> {
            spec.commandLine().getErr().println(n);
            spec.commandLine().getErr().flush();
        });
        PrintWriter w = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (ProgressBar.Progress progress = quiet.progress()) {
            if (range != null) {
                // The engine counts the run's samples (the blocks before this range included); the bar, this task's.
                ProgressListener bar = progress.sampling("sampling", planned);
                long before = range.from() * (long) runSpec.blockSize();
                Partial p = executor.runBlocks(config, model, runSpec, range.from(), range.to(),
                        bar == ProgressListener.NONE ? bar : (done, total) -> bar.onProgress(done - before, planned));
                progress.clear();
                PartialFile.write(partial, config, p);
                w.printf(Locale.ROOT, "EuroMesh MC %s: blocks %d:%d of %d (%,d samples, seed %d), %s, %.1f s%n"
                        + "Wrote partial %s; 'euromesh merge' makes the report once every block is done.%n",
                        Version.VERSION, range.from(), range.to(), runSpec.blocks(), planned, runSpec.seed(),
                        executor.describe(runSpec), (System.nanoTime() - t0) / 1e9, partial);
                return 0;
            }
            RunResult result = executor.run(config, model, runSpec, progress.sampling("sampling", runSpec.samples()));
            progress.clear();
            Summary summary = Summary.of(result, set, model.headline(), Version.VERSION);
            printSummary(w, summary, String.format(Locale.ROOT, "%s, sampled in %.1f s", executor.describe(runSpec),
                    result.elapsed().toMillis() / 1000.0));
            if (by != null) {
                w.print(DeliveryByYear.lines(result, set.targets().stream().map(Target::name).toList(), by));
            }
            w.flush();
            finish(w, summary, model, runSpec, !noSensitivity, decision(), progress, out, formats.formats(), t0,
                    result.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }

    /**
     * The decision sections are analyses as much as the sensitivity section is (value of information
     * is the decision's sensitivity to each group), and they cost more: {@code --no-sensitivity}, the
     * option for a quick run, skips them too, so that it means "no analysis" (BENCHMARKS.md, "Fixed
     * cost").
     */
    private boolean decision() {
        return !noSensitivity && !noDecision;
    }

    /**
     * Everything after the answer is printed: the quick sensitivity (into the summary), the decision
     * sections, the report folder and its closing line. What {@code merge} does too, so that a merged
     * job array's report is this run's.
     */
    static void finish(PrintWriter w, Summary summary, EuroMeshModel model, RunSpec runSpec, boolean sensitivity,
                       boolean decision, ProgressBar.Progress progress, Path out, OutputFormats formats, long t0,
                       double samplingSeconds) {
        long t1 = System.nanoTime();
        if (sensitivity) {
            summary = summary.withSensitivity(quickSensitivity(model, runSpec, sensitivityTargets(summary),
                    progress.stages("sensitivity")));
        }
        if (decision) {
            summary = summary.withDecision(quickDecision(model, runSpec, progress));
        }
        long t2 = System.nanoTime();
        ReportSections.write(summary, out, formats, progress.stages("writing the report"));
        progress.clear();
        long t3 = System.nanoTime();
        w.printf(Locale.ROOT, "%nWrote %s (report.html, %sreport.md, summary.json, tables, charts) in %.1f s end to end "
                + "(sampling %.1f s, sensitivity and decision %.1f s, report %.1f s).%n", out, formats.pdf() ? "report.pdf, " : "",
                (t3 - t0) / 1e9, samplingSeconds, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /**
     * Scenario discovery and value of information on a smaller sample of its own (drawn from the
     * run's seed, not from the run's paths, so that 'merge' computes the same), for the report;
     * null when the run is too small for it.
     */
    private static DecisionData quickDecision(EuroMeshModel model, RunSpec runSpec, ProgressBar.Progress progress) {
        int n = (int) Math.min(runSpec.samples(), QUICK_DECISION_SAMPLES);
        if (n < 4 * DecisionAnalysis.MIN_PATHS) {
            return null;
        }
        DecisionFindings f = DecisionAnalysis.run(model, model.parameters().targets(), n, runSpec.seed(),
                runSpec.threads(), QUICK_DECISION_BOOTSTRAP, true, progress.stages("decision"));
        return f.data(DecisionText.of(EuroMeshDecision.units(model.parameters()), model.inputs()));
    }

    /** The headline target and every contested one: the report's first screen talks about them. */
    static List<String> sensitivityTargets(Summary s) {
        List<String> t = new ArrayList<>(List.of(s.metadata().headlineTarget()));
        Answer.contestedTargets(s).stream().filter(x -> !t.contains(x)).forEach(t::add);
        return t;
    }

    /** Tornado, Sobol indices and rank correlations of {@code targets}, for the report. */
    private static SensitivityData quickSensitivity(EuroMeshModel model, RunSpec runSpec, List<String> targets,
                                                    ProgressListener progress) {
        java.util.function.Predicate<String> mine = n -> targets.stream().anyMatch(t -> n.startsWith(t + "."));
        SensitivityResult r = EuroMeshSensitivity.analysis(model).withSeed(runSpec.seed()).withThreads(runSpec.threads())
                .withSobolSamples(QUICK_SOBOL_SAMPLES).withRankSamples(QUICK_RANK_SAMPLES)
                .withTornadoOutputs(EuroMeshSensitivity.tornadoOutputs(model).stream().filter(mine).toList())
                .withRankOutputs(EuroMeshSensitivity.rankOutputs(model).stream().filter(mine).toList())
                .withSobolOutputs(EuroMeshSensitivity.sobolOutputs(model).stream().filter(mine).toList())
                .run(progress);
        List<String> outs = EuroMeshSensitivity.sobolOutputs(model).stream().filter(mine).toList();
        ShapleyResult sh = ShapleyEffects.of(model, EuroMeshDecision.groups(model.inputs())).withSeed(runSpec.seed())
                .withThreads(runSpec.threads()).withOuter(QUICK_SHAPLEY_OUTER).run(outs, progress);
        return new SensitivityData(targets, r, sh, outs);
    }

    /** The first screen of the terminal: the question, the answer in words, then the tables. */
    /** The first screen of the terminal; {@code how} says where and how fast it ran, e.g. "2 threads, sampled in 1.5 s". */
    static void printSummary(PrintWriter w, Summary s, String how) {
        Metadata m = s.metadata();
        w.printf(Locale.ROOT, "EuroMesh MC %s: scenario %s, %,d samples (%s, seed %d), %s%s%n",
                m.version(), m.scenario(), m.samples(), m.method(), m.seed(), how,
                m.precision() != null ? String.format(Locale.ROOT, ", precision target %s %s",
                        Numbers.format(m.precision()), m.precisionMet() ? "met" : "NOT met (hit --max-samples)") : "");
        w.println();
        wrap(w, Answer.QUESTION, "", "");
        for (String sentence : Answer.sentences(s)) {
            wrap(w, sentence, "  - ", "    ");
        }
        wrap(w, String.format(Locale.ROOT, "%d of %d inputs are analyst estimates ('euromesh params' marks them '!'; "
                + "the report lists them).", s.estimates().size(), s.inputs().size()), "  ", "  ");
        w.printf(Locale.ROOT, "%nEvery target, contested first: P(federation first) with its 95%% Wilson interval; "
                + "dates P50 [P5, P95]:%n");
        w.printf(Locale.ROOT, "  %-14s %-29s %-32s %-32s %-13s %s%n", "target", "P(federation first)", "federation trains it",
                "campus trains it", "lead P50 (y)", "P(sites supplied most FLOP)");
        List<String> order = new ArrayList<>(Answer.contestedTargets(s));
        m.targets().stream().map(TargetInfo::name).filter(t -> !order.contains(t)).forEach(order::add);
        for (String n : order) {
            Percentile l50 = s.output(Outputs.lead(n)).percentile(0.5);
            w.printf(Locale.ROOT, "  %-14s %-29s %-32s %-32s %-13s %s%n", n, probability(s.output(Outputs.win(n)).probability()),
                    dates(s.output(Outputs.tFed(n))), dates(s.output(Outputs.tCampus(n))),
                    Estimates.lead(l50.value(), l50.lo(), l50.hi(), m.samples()),
                    probability(s.output(Outputs.sitesMost(n)).probability()));
        }
        printConditional(w, s, order);
        printCensoring(w, s);
        printRegions(w, s);
    }

    /** P(win) if the method works at the target's size (§2.1) and, under a mixture, per regime (§3.2). */
    private static void printConditional(PrintWriter w, Summary s, List<String> order) {
        boolean mixture = s.find(Outputs.MOBILISED).isPresent();
        w.printf(Locale.ROOT, "%nConditional P(federation first)%s:%n", mixture ? String.format(Locale.ROOT,
                " (each path drew its regime: mobilised in %s)", probability(s.output(Outputs.MOBILISED).probability())) : "");
        w.printf(Locale.ROOT, "  %-14s %-29s %s%s%n", "target", "P(method fails)",
                mixture ? String.format(Locale.ROOT, "%-29s", "P(win | method works)") : "P(win | method works)",
                mixture ? String.format(Locale.ROOT, " %-29s %s", "P(win | mobilised)", "P(win | institutional)") : "");
        for (String n : order) {
            String works = probability(s.output(Outputs.winIfMethodWorks(n)).probability());
            w.printf(Locale.ROOT, "  %-14s %-29s %s%s%n", n, probability(s.output(Outputs.methodFailed(n)).probability()),
                    mixture ? String.format(Locale.ROOT, "%-29s", works) : works,
                    mixture ? String.format(Locale.ROOT, " %-29s %s", probability(s.output(Outputs.winIfMobilised(n)).probability()),
                            probability(s.output(Outputs.winIfInstitutional(n)).probability())) : "");
        }
    }

    /** Words wrapped at {@link #COLUMNS}, the first line after {@code first}, the others after {@code rest}. */
    static void wrap(PrintWriter w, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > COLUMNS) {
                w.println(line);
                line = new StringBuilder(rest);
                start = rest.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        w.println(line);
    }

    static final int COLUMNS = 100;

    private static void printCensoring(PrintWriter w, Summary s) {
        for (TargetInfo t : s.metadata().targets()) {
            OutputEntry fed = s.output(Outputs.tFed(t.name()));
            if (fed.censored() > 0) {
                double pct = 100.0 * fed.censoredFraction();
                String after = CalendarMonth.after(fed.horizon());
                w.printf(Locale.ROOT, "  %s: the federation has not finished it by the horizon on %s of paths (counted as "
                        + "losses, reported as '%s').%n", t.name(),
                        String.format(Locale.ROOT, pct >= 0.1 ? "%.1f%%" : "%.2g%%", pct), after);
            }
        }
    }

    private static void printRegions(PrintWriter w, Summary s) {
        List<String> regions = org.euromesh.reports.charts.ReportCharts.byExpectedRank(s);
        w.println();
        wrap(w, String.format(Locale.ROOT, "Regional scorecard (%s on each region's own sites), best expected rank "
                + "first. 'First site online first' is one site commissioned before the campus is ready, not the "
                + "federation's P(win):", s.metadata().headlineTarget()), "", "");
        w.printf(Locale.ROOT, "  %-22s %-28s %-13s %-17s %-30s %s%n", "region", "P(rank 1)", "exp. rank", "first site P50",
                "P(first site online first)", "sites (mean)");
        for (String n : regions.subList(0, Math.min(3, regions.size()))) {
            OutputEntry rank = s.output(Outputs.region(n, "rank"));
            OutputEntry first = s.output(Outputs.region(n, "first_training"));
            w.printf(Locale.ROOT, "  %-22s %-28s %-13s %-17s %-30s %s%n", DisplayNames.region(n),
                    probability(s.output(Outputs.region(n, "rank1")).probability()),
                    Estimates.mean(rank.mean().value(), rank.mean().standardError(), s.metadata().samples()),
                    CalendarMonth.of(first.percentile(0.5).value(), first.horizon()),
                    probability(s.output(Outputs.region(n, "feasible")).probability()),
                    Numbers.format(round2(s.output(Outputs.region(n, "sites")).mean().value())));
        }
    }

    static String probability(Probability p) {
        return Numbers.probability(p.p(), p.lo(), p.hi());
    }

    static String probability(org.euromesh.engine.stats.ProbabilityEstimate p) {
        return Numbers.probability(p.p(), p.lo(), p.hi());
    }

    private static String dates(OutputEntry time) {
        double h = time.horizon();
        return String.format(Locale.ROOT, "%s [%s, %s]", CalendarMonth.of(time.percentile(0.5).value(), h),
                CalendarMonth.of(time.percentile(0.05).value(), h), CalendarMonth.of(time.percentile(0.95).value(), h));
    }

    private static double round2(double v) {
        return Estimates.round(v, 2);
    }
}

package org.euromesh.reports.cli;

import org.euromesh.reports.io.AtomicFiles;
import org.euromesh.engine.sampling.SamplingMethod;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.reports.check.CheckMode;
import org.euromesh.reports.check.CheckResult;
import org.euromesh.reports.check.CheckTable;
import org.euromesh.reports.check.ExactComparison;
import org.euromesh.reports.check.RunConfig;
import org.euromesh.reports.check.StatisticalComparison;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code euromesh check}: CI regression of the numbers against a committed baseline summary.
 * Exit 0 pass, 1 a difference beyond what is allowed, 2 bad input (nothing written), 3 the rerun
 * failed for another reason (out of memory, I/O): never 1, so CI never reads a crash as a regression.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Rerun the run recorded in a baseline summary and compare.",
            "exact: same seed and N, every number must be identical.",
            "statistical: another seed (default baseline seed + 1) and/or N; each percentile and probability must lie "
                    + "within k combined standard errors, k = Phi^-1(1 - alpha/(2M)) for M compared numbers "
                    + "(Bonferroni; family-wise false-alarm rate alpha).",
            "--update reruns and rewrites the baseline, printing what changed."})
public final class CheckCommand implements Callable<Integer> {

    /** Largest block size a baseline may record (the engine's default is 65,536). */
    static final int MAX_BLOCK_SIZE = 1 << 20;
    @Mixin
    QuietOption quiet;


    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE", description = "Baseline summary JSON.")
    Path baseline;

    @Option(names = "--mode", paramLabel = "exact|statistical", defaultValue = "exact",
            description = "Comparison (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--update", description = "Rerun and rewrite the baseline (prints what changed). "
            + "Creates it if missing, from --seed/--samples/--scenario/--target/--method/--params or their defaults.")
    boolean update;

    @Option(names = "--samples", paramLabel = "N", converter = CountConverter.class,
            description = "N of the rerun, 1 to 10^10 (default: the baseline's).")
    Long samples;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the rerun (default: the baseline's; statistical mode: the baseline's + 1).")
    Long seed;

    @Option(names = "--params", paramLabel = "DIR", description = "Parameter folder for the rerun (default: the baseline's).")
    Path params;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario of the rerun (default: the baseline's).")
    String scenario;

    @Option(names = "--target", paramLabel = "NAME", description = "Headline target (default: the baseline's).")
    String target;

    @Option(names = "--method", paramLabel = "mc|lhs|sobol", description = "Sampling method (default: the baseline's).")
    String method;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.001",
            description = "Statistical mode: family-wise false-alarm rate, 0 < A < 1 (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1 to 64 (or the core count if larger) (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--failures-only", description = "List only the failing numbers.")
    boolean failuresOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProgressBar.Progress progress = quiet.progress()) {
            return update ? update(out, progress) : check(out, progress);
        } catch (IllegalArgumentException e) {
            // Bad input of any kind (missing or malformed baseline, bad parameters, bad option): exit 2.
            err.println("euromesh check: " + e.getMessage());
            err.flush();
            return EuroMeshCli.BAD_INPUT;
        }
    }

    private int check(PrintWriter out, ProgressBar.Progress progress) {
        CheckMode m = CheckMode.parse(mode);
        Bounds.alpha(alpha);
        int workers = threads();
        Summary base = SummaryJson.read(baseline);
        RunConfig config = validated(overrides(recorded(base), m == CheckMode.STATISTICAL));
        if (m == CheckMode.EXACT && (config.seed() != base.metadata().seed() || samples != null)) {
            out.println("note: exact mode with another seed or N is expected to fail; use --mode statistical");
        }
        Summary now = config.run(workers, Version.VERSION, progress.sampling("rerunning the baseline",
                config.samples()));
        progress.clear();
        CheckResult r = m == CheckMode.EXACT ? ExactComparison.compare(base, now)
                : StatisticalComparison.compare(base, now, alpha);
        out.println("euromesh check (" + m.name().toLowerCase(Locale.ROOT) + ") against " + baseline);
        CheckTable.print(r, out, failuresOnly);
        return r.passed() ? 0 : 1;
    }

    private int update(PrintWriter out, ProgressBar.Progress progress) {
        int workers = threads();
        if (Files.isDirectory(baseline)) {
            throw new IllegalArgumentException(baseline + ": is a folder; --baseline names a summary JSON file");
        }
        Summary old = Files.exists(baseline) ? SummaryJson.read(baseline) : null;
        RunConfig config = old != null ? recorded(old)
                : new RunConfig(RunOptions.DEFAULT_SEED, RunConfig.DEFAULT_SAMPLES,
                        org.euromesh.engine.sampling.SamplingMethod.MC, org.euromesh.engine.RunSpec.DEFAULT_BLOCK_SIZE, "baseline",
                        null, EuroMeshModel.DEFAULT_HEADLINE, null);
        config = validated(overrides(config, false));
        Summary now = config.run(workers, Version.VERSION, progress.sampling("running the baseline",
                config.samples()));
        progress.clear();
        if (old == null) {
            out.println("Created baseline " + baseline + ".");
        } else {
            CheckResult diff = ExactComparison.compare(old, now);
            if (diff.passed()) {
                out.println("No number changed; rewriting " + baseline + " (euromesh " + Version.VERSION + ").");
            } else {
                out.println("Updating " + baseline + "; " + diff.failures().size() + " values changed:");
                CheckTable.printChanges(diff, out);
            }
        }
        AtomicFiles.writeString(baseline, SummaryJson.write(now));
        out.printf(Locale.ROOT, "Baseline: seed %d, N %,d, %s, scenario %s, target %s.%n", config.seed(),
                now.metadata().samples(), now.metadata().method(), config.scenario(), config.target());
        out.flush();
        return 0;
    }

    private RunConfig overrides(RunConfig c, boolean statistical) {
        RunConfig r = c.withSeed(seed != null ? seed : statistical ? c.seed() + 1 : c.seed());
        if (samples != null) {
            r = r.withSamples(Bounds.samples("--samples", samples));
        }
        if (params != null) {
            r = r.withParams(params);
        }
        if (scenario != null) {
            r = r.withScenario(scenario);
        }
        if (target != null) {
            r = r.withTarget(target);
        }
        if (method != null) {
            r = r.withMethod(RunOptions.parseMethod(method));
        }
        return r;
    }

    private int threads() {
        return Bounds.threads(threads);
    }

    /** The run a baseline records, its metadata held to the command line's bounds before anything runs. */
    private RunConfig recorded(Summary base) {
        var md = base.metadata();
        String at = baseline + ": metadata.";
        try {
            Bounds.samples("maxSamples", md.maxSamples());
            Bounds.samples("samples", md.samples());
            if (md.samples() > md.maxSamples()) {
                throw new IllegalArgumentException("samples " + md.samples() + " exceeds maxSamples " + md.maxSamples());
            }
            if (md.precision() != null) {
                Bounds.precision(md.precision());
            }
            if (md.blockSize() < 1 || md.blockSize() > MAX_BLOCK_SIZE) {
                throw new IllegalArgumentException("blockSize must be between 1 and " + MAX_BLOCK_SIZE + ", got "
                        + md.blockSize());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + e.getMessage().replace("--precision", "precision")
                    + " (was the baseline edited by hand? 'euromesh check --update' rewrites it)", e);
        }
        return RunConfig.of(md);
    }

    /** The rerun after overrides: its size within the documented bounds, announced if long. */
    private RunConfig validated(RunConfig c) {
        Bounds.samples("samples of the rerun", c.samples());
        Bounds.longRunNote(c.samples(), threads()).ifPresent(n -> {
            spec.commandLine().getErr().println(n);
            spec.commandLine().getErr().flush();
        });
        return c;
    }
}

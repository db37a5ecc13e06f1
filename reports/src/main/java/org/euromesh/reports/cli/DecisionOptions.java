package org.euromesh.reports.cli;

import java.util.List;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;
import org.euromesh.reports.decision.DecisionAnalysis;
import org.euromesh.reports.decision.DecisionFindings;
import picocli.CommandLine.Option;

/** The options {@code discover} and {@code voi} share: which target, and the sample behind the answer. */
final class DecisionOptions {

    @Option(names = "--target", paramLabel = "NAME", description = "Only this target (default: every target "
            + "where both sides deliver first on at least " + DecisionAnalysis.MIN_PATHS + " paths).")
    String target;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100000",
            description = "Monte Carlo paths kept in memory, 200 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260601", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    /** Paths are kept in memory (inputs and outputs, about 1 kB a path): at most {@link #MAX_SAMPLES}. */
    static final int MAX_SAMPLES = 1_000_000;

    int threads() {
        return Bounds.threads(threads);
    }

    /** What {@code discover} and {@code voi} print from: the parameters, the model and the findings. */
    record Analysed(ParameterSet set, EuroMeshModel model, DecisionFindings findings) {
    }

    /**
     * Checks the options, loads the parameters and runs the decision analysis of the chosen
     * targets, with progress on the terminal.
     *
     * @param bootstrap replicates behind the value-of-information intervals (checked when {@code voi})
     * @param voi       value of information too, not only scenario discovery
     */
    Analysed analyse(ParameterOptions parameters, QuietOption quiet, int bootstrap, boolean voi) {
        int t = threads();
        int n = samples();
        if (voi && (bootstrap < 0 || bootstrap > 10_000)) {
            throw new IllegalArgumentException("--bootstrap must be between 0 and 10,000, got " + bootstrap);
        }
        ParameterSet set = parameters.load();
        List<Target> targets = target == null ? set.targets() : List.of(set.target(target));
        EuroMeshModel model = EuroMeshModel.of(set, targets.get(0).name());
        DecisionFindings f;
        try (ProgressBar.Progress progress = quiet.progress()) {
            f = DecisionAnalysis.run(model, targets, n, seed, t, voi ? bootstrap : 0, voi, progress.stages("decision"));
            progress.clear();
        }
        return new Analysed(set, model, f);
    }

    int samples() {
        int min = 4 * DecisionAnalysis.MIN_PATHS;
        if (samples < min || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "--samples must be between %d and %,d (paths are kept in memory), got %,d", min, MAX_SAMPLES, samples));
        }
        return samples;
    }
}

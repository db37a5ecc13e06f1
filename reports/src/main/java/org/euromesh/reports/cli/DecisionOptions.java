package org.euromesh.reports.cli;

import org.euromesh.reports.decision.DecisionAnalysis;
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

    int samples() {
        int min = 4 * DecisionAnalysis.MIN_PATHS;
        if (samples < min || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "--samples must be between %d and %,d (paths are kept in memory), got %,d", min, MAX_SAMPLES, samples));
        }
        return samples;
    }
}

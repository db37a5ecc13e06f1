package org.euromesh.reports.cli;

import org.euromesh.reports.decision.DecisionAnalysis;
import picocli.CommandLine.Option;

/** The options {@code discover} and {@code voi} share: which target, and the sample behind the answer. */
final class DecisionOptions {

    @Option(names = "--target", paramLabel = "NAME", description = "Only this target (default: every target "
            + "where both sides deliver first on at least " + DecisionAnalysis.MIN_PATHS + " paths).")
    String target;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100000",
            description = "Monte Carlo paths kept in memory (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260601", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** Stage lines on stderr for long work, when it is a terminal and not --quiet (as the progress bar). */
    java.util.function.Consumer<String> stages() {
        return quiet || System.console() == null ? stage -> { } : stage -> System.err.println("euromesh: " + stage);
    }

    int threads() {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}

package org.euromesh.engine;

import java.util.List;
import java.util.Objects;
import org.euromesh.engine.stats.OutputSummary;

/**
 * Two models (scenarios) run on the same points, with common random numbers, and the paired
 * differences B − A of every output they share (same name and kind). Under CRN the paired
 * difference's standard error is typically far below that of two independent runs.
 *
 * @param a           model A's result (identical to {@code Sampler.run(a, spec)})
 * @param b           model B's result (identical to {@code Sampler.run(b, spec)} when B's inputs
 *                    are A's or, for SOBOL, the same list in the same order)
 * @param differences per shared output, the summary of B − A (a VALUE; for TIME outputs a
 *                    censored side counts as +∞, both censored is invalid)
 */
public record Comparison(RunResult a, RunResult b, List<OutputSummary> differences) {

    public Comparison {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        differences = List.copyOf(differences);
    }

    /** The summary of B − A for output {@code name}. */
    public OutputSummary difference(String name) {
        for (OutputSummary s : differences) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no shared output '" + name + "'");
    }
}

package org.euromesh.engine;

import java.util.Objects;
import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * The headline probability after one wave of blocks.
 *
 * @param samples  samples evaluated so far
 * @param estimate the headline indicator's probability with its 95% Wilson interval
 */
public record ConvergencePoint(long samples, ProbabilityEstimate estimate) {

    public ConvergencePoint {
        Objects.requireNonNull(estimate, "estimate");
    }
}

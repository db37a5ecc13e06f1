package org.euromesh.reports.summary;

import org.euromesh.engine.ConvergencePoint;

/**
 * The headline probability after one wave of blocks: for the convergence chart.
 *
 * @param samples   samples so far
 * @param p         headline probability so far
 * @param lo        lower 95% Wilson bound
 * @param hi        upper 95% Wilson bound
 * @param successes successes so far
 */
public record TracePoint(long samples, double p, double lo, double hi, long successes) {

    static TracePoint of(ConvergencePoint c) {
        return new TracePoint(c.samples(), c.estimate().p(), c.estimate().lo(), c.estimate().hi(),
                c.estimate().successes());
    }
}

package org.euromesh.reports.summary;

import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * A probability with its 95% Wilson interval.
 *
 * @param p         successes / n
 * @param lo        lower 95% Wilson bound
 * @param hi        upper 95% Wilson bound
 * @param successes successes
 * @param n         trials
 */
public record Probability(double p, double lo, double hi, long successes, long n) {

    static Probability of(ProbabilityEstimate e) {
        return e == null ? null : new Probability(e.p(), e.lo(), e.hi(), e.successes(), e.n());
    }

    /**
     * The Monte Carlo standard error printed beside p: the Wilson interval's width / (2·1.96).
     * Close to the binomial sqrt(p(1−p)/n) in the middle, but not 0 at p = 0 or 1.
     */
    public double standardError() {
        return n == 0 ? Double.NaN : (hi - lo) / (2.0 * org.euromesh.engine.stats.ProbabilityEstimate.Z95);
    }
}

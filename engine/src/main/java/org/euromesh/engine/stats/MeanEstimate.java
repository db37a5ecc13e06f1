package org.euromesh.engine.stats;

/**
 * A mean with its standard error {@code sd / sqrt(n)}. For LHS and Sobol runs this i.i.d.
 * standard error is conservative (their true error is smaller).
 *
 * @param mean          the sample mean (NaN when n = 0)
 * @param standardError sd / sqrt(n) (NaN below two values)
 * @param n             values averaged
 */
public record MeanEstimate(double mean, double standardError, long n) {

    /** mean ± 1.96 standard errors. */
    public double lo() {
        return mean - ProbabilityEstimate.Z95 * standardError;
    }

    public double hi() {
        return mean + ProbabilityEstimate.Z95 * standardError;
    }
}

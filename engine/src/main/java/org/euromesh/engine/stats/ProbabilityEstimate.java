package org.euromesh.engine.stats;

/**
 * A probability with its 95% Wilson score interval.
 *
 * @param p         successes / n (NaN when n = 0)
 * @param lo        lower 95% bound
 * @param hi        upper 95% bound
 * @param successes successes
 * @param n         trials
 */
public record ProbabilityEstimate(double p, double lo, double hi, long successes, long n) {

    /** The two-sided 95% normal quantile Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;

    public ProbabilityEstimate {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
        }
    }

    /** The Wilson score interval at 95%: stays inside [0, 1] and behaves near 0 and 1. */
    public static ProbabilityEstimate wilson(long successes, long n) {
        if (n == 0) {
            return new ProbabilityEstimate(Double.NaN, 0.0, 1.0, successes, 0);
        }
        double z2 = Z95 * Z95;
        double p = (double) successes / n;
        double denom = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * (double) n)) / denom;
        // exact arithmetic gives lo = 0 at 0 successes and hi = 1 at n: do not leave it to rounding
        double lo = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double hi = successes == n ? 1.0 : Math.min(1.0, centre + half);
        return new ProbabilityEstimate(p, lo, hi, successes, n);
    }

    /** (hi − lo) / 2: what a precision target is compared with. */
    public double halfWidth() {
        return 0.5 * (hi - lo);
    }
}

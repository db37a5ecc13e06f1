package org.euromesh.engine.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;

/**
 * Everything reported about one output, each number with its error.
 *
 * @param spec        the output
 * @param n           samples (every evaluation, censored and invalid included)
 * @param censored    TIME: values after the horizon, infinite or NaN (censored); else 0
 * @param invalid     INDICATOR / VALUE: NaN values (excluded from every statistic); else 0
 * @param mean        mean with standard error, over the values in the moments (TIME: uncensored
 *                    only, i.e. conditional on the event by the horizon; VALUE: finite only)
 * @param sd          sample standard deviation of the same values
 * @param min         smallest of the same values
 * @param max         largest of the same values
 * @param probability INDICATOR: P(value = 1); TIME: P(event by the horizon); VALUE: null
 * @param percentiles P5, P10, P25, P50, P75, P90, P95 with order-statistic intervals (TIME and
 *                    VALUE; empty for INDICATOR); +∞ when in the censored / overflow mass; bin
 *                    centres for a discrete output (the smallest k with F(k) ≥ p)
 * @param histogram   the counts behind the percentiles (for charts)
 */
public record OutputSummary(OutputSpec spec, long n, long censored, long invalid, MeanEstimate mean, double sd,
                            double min, double max, ProbabilityEstimate probability,
                            List<PercentileEstimate> percentiles, Histogram histogram) {

    /** The reported percentile levels. */
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    public OutputSummary {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(histogram, "histogram");
        percentiles = List.copyOf(percentiles);
    }

    static OutputSummary of(OutputSpec spec, long total, long censored, long invalid, long successes, Moments m,
                            Histogram h) {
        double var = m.variance();
        MeanEstimate mean = new MeanEstimate(m.mean(), Math.sqrt(var / m.n()), m.n());
        ProbabilityEstimate prob = switch (spec.kind()) {
            case INDICATOR -> ProbabilityEstimate.wilson(successes, total - invalid);
            case TIME -> ProbabilityEstimate.wilson(total - censored, total);
            case VALUE -> null;
        };
        List<PercentileEstimate> ps = new ArrayList<>();
        if (spec.kind() != OutputKind.INDICATOR) {
            for (double p : LEVELS) {
                ps.add(spec.discrete() ? h.discretePercentile(p) : h.percentile(p));
            }
        }
        return new OutputSummary(spec, total, censored, invalid, mean, Math.sqrt(var), m.min(), m.max(), prob, ps, h);
    }

    public String name() {
        return spec.name();
    }

    /** Censored / n: for TIME, the share of samples after the horizon. */
    public double censoredFraction() {
        return n == 0 ? Double.NaN : (double) censored / n;
    }

    /** The percentile at level {@code p}, one of {@link #LEVELS}, or computed from the histogram. */
    public PercentileEstimate percentile(double p) {
        for (PercentileEstimate e : percentiles) {
            if (e.p() == p) {
                return e;
            }
        }
        if (spec.kind() == OutputKind.INDICATOR) {
            throw new IllegalArgumentException("output '" + spec.name() + "' is an indicator: no percentiles");
        }
        return spec.discrete() ? histogram.discretePercentile(p) : histogram.percentile(p);
    }
}

package org.euromesh.reports.summary;

import java.util.List;
import java.util.Objects;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.stats.OutputSummary;

/**
 * Everything reported about one output, each number with its Monte Carlo error.
 *
 * @param name        e.g. 405B.t_fed
 * @param unit        years, probability, MWh ...
 * @param kind        TIME, INDICATOR or VALUE
 * @param n           samples
 * @param censored    TIME: paths after 2049
 * @param invalid     INDICATOR / VALUE: NaN values (excluded)
 * @param mean        mean ± standard error (TIME: over uncensored paths)
 * @param sd          standard deviation
 * @param min         smallest value
 * @param max         largest value
 * @param probability INDICATOR: P(1); TIME: P(by 2049); VALUE: null
 * @param percentiles P5 … P95 with order-statistic 95% intervals; empty for an INDICATOR
 * @param histogram   coarsened counts for charts
 */
public record OutputEntry(String name, String unit, OutputKind kind, long n, long censored, long invalid, Mean mean,
                          double sd, double min, double max, Probability probability, List<Percentile> percentiles,
                          CoarseHistogram histogram) {

    public OutputEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(histogram, "histogram");
        percentiles = List.copyOf(percentiles);
    }

    static OutputEntry of(OutputSummary s) {
        boolean years = s.spec().kind() == OutputKind.TIME || "years".equals(s.spec().unit());
        return new OutputEntry(s.name(), s.spec().unit(), s.spec().kind(), s.n(), s.censored(), s.invalid(),
                new Mean(s.mean().mean(), s.mean().standardError(), s.mean().n()), s.sd(), s.min(), s.max(),
                Probability.of(s.probability()), s.percentiles().stream().map(Percentile::of).toList(),
                CoarseHistogram.of(s.histogram(), years));
    }

    /** The percentile at {@code level} (one of 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95). */
    public Percentile percentile(double level) {
        for (Percentile p : percentiles) {
            if (Math.abs(p.level() - level) < 1e-12) {
                return p;
            }
        }
        throw new IllegalArgumentException("output '" + name + "' has no P" + Math.round(level * 100));
    }

    /** censored / n: the share of paths "after 2049". */
    public double censoredFraction() {
        return n == 0 ? Double.NaN : (double) censored / n;
    }

    /** TIME: the horizon after which the output is censored (its histogram's upper edge); NaN otherwise. */
    public double horizon() {
        return kind == OutputKind.TIME ? histogram.hi() : Double.NaN;
    }
}

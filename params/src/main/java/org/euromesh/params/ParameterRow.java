package org.euromesh.params;

/**
 * One line of the parameter table that {@code euromesh params} prints: the value, its
 * distribution and what that distribution implies, and its provenance.
 *
 * @param spec       the spec as written (or {@code policy(<tag>)})
 * @param fitted     the distribution's canonical spec, e.g. the fitted PERT of a mean
 * @param isEstimate true for analyst estimates, which reports must list
 */
public record ParameterRow(String name, double central, String spec, String fitted, double p5, double p50,
                           double p95, double mean, String unit, String source, String confidence,
                           boolean isEstimate, SourceLocation origin) {
}

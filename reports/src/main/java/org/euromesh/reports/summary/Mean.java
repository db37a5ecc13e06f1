package org.euromesh.reports.summary;

/**
 * A mean with its standard error sd/√n.
 *
 * @param value         the mean (TIME: over uncensored paths only)
 * @param standardError its Monte Carlo standard error
 * @param n             values averaged
 */
public record Mean(double value, double standardError, long n) {
}

package org.euromesh.distributions;

/** What a fitted distribution implies, printed back so the user can check the fit. */
public record ImpliedSummary(double p5, double p50, double p95, double mean) {
}

package org.euromesh.engine.sensitivity;

/**
 * Spearman rank correlation of one input with one output.
 *
 * @param input   input name
 * @param rho     Spearman ρ (ties averaged); NaN when the output is constant
 * @param rhoCi   95% bootstrap percentile interval of ρ
 * @param share   normalised squared rank correlation ρ_i² / Σ_j ρ_j²: a rough contribution-to-variance
 *                proxy, meaningful only for near-monotone, near-additive models with near-independent
 *                inputs. NOT a variance decomposition (use {@link SobolIndex} for that).
 * @param shareCi 95% bootstrap percentile interval of {@code share}
 */
public record RankCorrelationEntry(String input, double rho, Interval rhoCi, double share, Interval shareCi) {
}

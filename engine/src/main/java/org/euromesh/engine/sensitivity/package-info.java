/**
 * Sensitivity analysis: which inputs drive each output, and how sure we are of that.
 *
 * <ul>
 *   <li>{@link org.euromesh.engine.sensitivity.Tornado}: one-at-a-time P10/P90 swings around the
 *       deterministic input vector. Deterministic; ignores interactions and correlations.</li>
 *   <li>{@link org.euromesh.engine.sensitivity.RankCorrelation}: Spearman ρ of each input with each
 *       output from a Monte Carlo sample drawn with the model's copula, and the normalised squared
 *       rank correlation ρ_i²/Σρ_j² — a rough contribution-to-variance proxy for near-monotone,
 *       near-additive models, NOT a variance decomposition. Correlated inputs share credit.</li>
 *   <li>{@link org.euromesh.engine.sensitivity.SobolIndices}: first-order (Saltelli 2010) and
 *       total-effect (Jansen 1999) indices, per input and per group of inputs, computed on the
 *       independent design (the copula ignored, and the result's warnings say so).</li>
 *   <li>{@link org.euromesh.engine.sensitivity.SensitivityAnalysis}: all three in one immutable
 *       {@link org.euromesh.engine.sensitivity.SensitivityResult}.</li>
 * </ul>
 *
 * <p>Every interval is a 95% bootstrap percentile interval from seeded resamples. Censored times
 * (after their horizon) are clipped to it and flagged. Results are bit-identical on any
 * number of threads.
 */
package org.euromesh.engine.sensitivity;

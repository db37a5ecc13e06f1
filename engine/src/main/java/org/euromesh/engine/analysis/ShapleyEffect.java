package org.euromesh.engine.analysis;

import org.euromesh.engine.sensitivity.Interval;

/**
 * The Shapley effect of one factor (group of inputs) on one output.
 *
 * @param factor group name
 * @param share  Sh / Var Y: the factor's share of the output's variance, correlated factors
 *               sharing what they explain jointly; the shares of all factors sum to 1
 * @param ci     95% bootstrap percentile interval
 */
public record ShapleyEffect(String factor, double share, Interval ci) {
}

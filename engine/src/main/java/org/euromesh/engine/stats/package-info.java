/**
 * Streaming, mergeable accumulators and the estimates they report, each with its error: Wilson
 * intervals for probabilities, order-statistic intervals for percentiles, standard errors for means.
 */
package org.euromesh.engine.stats;

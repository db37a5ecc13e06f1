package org.euromesh.engine.sensitivity;

import java.util.List;

/**
 * Variance-based indices of one factor (an input, or a group of inputs) for one output.
 *
 * @param factor  input name, or group name
 * @param inputs  the inputs of the factor (one for a single input)
 * @param group   true for a group of inputs
 * @param first   first-order index S (Saltelli et al. 2010 estimator); NaN if the output is constant
 * @param firstCi 95% bootstrap percentile interval of {@code first}
 * @param total   total-effect index ST (Jansen 1999 estimator)
 * @param totalCi 95% bootstrap percentile interval of {@code total}
 */
public record SobolIndex(String factor, List<String> inputs, boolean group, double first, Interval firstCi,
                         double total, Interval totalCi) {

    public SobolIndex {
        inputs = List.copyOf(inputs);
    }
}

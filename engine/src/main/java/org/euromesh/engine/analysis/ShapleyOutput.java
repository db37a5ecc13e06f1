package org.euromesh.engine.analysis;

import java.util.List;

/**
 * Shapley effects of every factor on one output.
 *
 * @param output   output name
 * @param variance Var Y (censored times clipped to their horizon)
 * @param effects  one per factor, in factor order
 */
public record ShapleyOutput(String output, double variance, List<ShapleyEffect> effects) {

    public ShapleyOutput {
        effects = List.copyOf(effects);
    }

    public ShapleyEffect effect(String factor) {
        return effects.stream().filter(e -> e.factor().equals(factor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor '" + factor + "' for " + output));
    }
}

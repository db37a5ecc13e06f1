package org.euromesh.engine.analysis;

import java.util.List;

/**
 * Shapley effects of several outputs from one design.
 *
 * @param outputs     one per output, in the order asked
 * @param outer       outer draws per subset
 * @param inner       inner (conditional) draws per outer draw
 * @param bootstrap   bootstrap replicates behind each interval
 * @param seed        seed of the design and the bootstrap
 * @param evaluations model evaluations made
 */
public record ShapleyResult(List<ShapleyOutput> outputs, int outer, int inner, int bootstrap, long seed,
                            long evaluations) {

    public ShapleyResult {
        outputs = List.copyOf(outputs);
    }

    public ShapleyOutput output(String name) {
        return outputs.stream().filter(o -> o.output().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no output '" + name + "' in this result"));
    }
}

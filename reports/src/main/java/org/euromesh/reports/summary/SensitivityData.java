package org.euromesh.reports.summary;

import java.util.List;
import java.util.Objects;
import org.euromesh.engine.analysis.ShapleyResult;
import org.euromesh.engine.sensitivity.SensitivityResult;

/**
 * The sensitivity analysis a report shows, kept in {@code summary.json} so that
 * {@code euromesh report summary.json} rebuilds the same report without rerunning it.
 *
 * @param targets        the targets the report's "what drives the answer" section covers, in order
 * @param result         the analysis: tornado, Sobol indices and rank correlations
 * @param shapley        Shapley effects of the input groups (the copula respected); null when not computed
 * @param shapleyOutputs the outputs the Shapley effects are shown for
 */
public record SensitivityData(List<String> targets, SensitivityResult result, ShapleyResult shapley,
                              List<String> shapleyOutputs) {

    public SensitivityData {
        targets = List.copyOf(targets);
        shapleyOutputs = shapleyOutputs == null ? List.of() : List.copyOf(shapleyOutputs);
        Objects.requireNonNull(result, "result");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a sensitivity section needs at least one target");
        }
    }
}

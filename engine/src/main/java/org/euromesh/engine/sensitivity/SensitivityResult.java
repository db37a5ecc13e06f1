package org.euromesh.engine.sensitivity;

import java.util.List;

/**
 * The whole sensitivity analysis of one model, as plain immutable records and lists for the
 * report and its JSON serialisation.
 *
 * @param settings        what the result depends on
 * @param tornado         one-at-a-time charts, one per tornado output
 * @param rankCorrelation Spearman correlations with bootstrap intervals, or null when skipped
 * @param sobol           Sobol first-order and total indices with bootstrap intervals, or null when skipped
 * @param warnings        every warning of the parts (correlated inputs treated as independent,
 *                        censoring, constant outputs), in order: Sobol first, then rank correlation
 */
public record SensitivityResult(SensitivitySettings settings, List<TornadoChart> tornado,
                                RankCorrelationResult rankCorrelation, SobolResult sobol, List<String> warnings) {

    public SensitivityResult {
        tornado = List.copyOf(tornado);
        warnings = List.copyOf(warnings);
    }

    public TornadoChart tornado(String output) {
        return tornado.stream().filter(t -> t.output().equals(output)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tornado for output '" + output + "'"));
    }
}

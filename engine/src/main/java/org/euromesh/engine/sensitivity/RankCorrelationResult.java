package org.euromesh.engine.sensitivity;

import java.util.List;
import org.euromesh.engine.sampling.SamplingMethod;

/**
 * Spearman rank correlations from one Monte Carlo sample (inputs drawn with their copula).
 *
 * @param outputs     one per requested output, in the order requested
 * @param warnings    censoring and undefined-correlation notes; empty when none
 * @param seed        seed of the sample and of the bootstrap
 * @param samples     N
 * @param method      how the sample's points were generated
 * @param bootstrap   bootstrap resamples B behind every interval
 * @param fixedInputs inputs skipped because their distribution has zero variance
 */
public record RankCorrelationResult(List<RankCorrelationOutput> outputs, List<String> warnings, long seed, int samples,
                                    SamplingMethod method, int bootstrap, List<String> fixedInputs) {

    public RankCorrelationResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        fixedInputs = List.copyOf(fixedInputs);
    }

    public RankCorrelationOutput output(String name) {
        return outputs.stream().filter(o -> o.output().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no output '" + name + "' in this result"));
    }
}

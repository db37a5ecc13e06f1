package org.euromesh.engine.sensitivity;

import java.util.List;
import org.euromesh.engine.sampling.SamplingMethod;

/**
 * Variance-based sensitivity indices of several outputs from one design.
 *
 * @param outputs     one entry per requested output, in the order requested
 * @param warnings    things a reader must know (correlated inputs treated as independent,
 *                    censoring, undefined indices); empty when none
 * @param seed        seed of the design and of the bootstrap
 * @param samples     N, rows of each of the matrices A and B
 * @param method      how the 2d-dimensional base points were generated (SOBOL: scrambled Sobol)
 * @param bootstrap   bootstrap resamples B behind every interval
 * @param evaluations model evaluations: N·(d + g + 2) for d non-fixed inputs and g groups
 * @param fixedInputs inputs skipped because their distribution has zero variance
 */
public record SobolResult(List<SobolOutput> outputs, List<String> warnings, long seed, int samples,
                          SamplingMethod method, int bootstrap, long evaluations, List<String> fixedInputs) {

    public SobolResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        fixedInputs = List.copyOf(fixedInputs);
    }

    public SobolOutput output(String name) {
        return outputs.stream().filter(o -> o.output().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no output '" + name + "' in this result"));
    }
}

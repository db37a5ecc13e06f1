package org.euromesh.params;

/**
 * A training run to deliver: N parameters, D tokens and the compute C = 6·N·D (docs/MODEL.md §1).
 * Targets defined by compute alone get N = sqrt(C/120) and D = 20·N.
 */
public record Target(String name, double nParams, double dTokens, double computeFlop, String source) {

    public Target {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("target has no name");
        }
        if (!(nParams > 0) || !(dTokens > 0) || !(computeFlop > 0)) {
            throw new IllegalArgumentException("target '" + name + "': N, D and C must be positive");
        }
    }

    /** Chinchilla accounting: C = 6·N·D. */
    public static Target ofModel(String name, double nParams, double dTokens, String source) {
        return new Target(name, nParams, dTokens, 6.0 * nParams * dTokens, source);
    }

    /** A target defined by its compute: C = 6·N·20N, so N = sqrt(C/120), D = 20·N. */
    public static Target ofCompute(String name, double computeFlop, String source) {
        double n = Math.sqrt(computeFlop / 120.0);
        return new Target(name, n, 20.0 * n, computeFlop, source);
    }
}

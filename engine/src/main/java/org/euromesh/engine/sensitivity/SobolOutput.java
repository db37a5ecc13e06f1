package org.euromesh.engine.sensitivity;

import java.util.List;

/**
 * Sobol indices of one output.
 *
 * @param output           output name
 * @param mean             mean of the output over the A and B samples (censored values clipped)
 * @param variance         its variance (the denominator of every index)
 * @param censoredFraction fraction of the A and B sample paths whose value was censored and
 *                         clipped to the output's horizon (0 for outputs that cannot be censored)
 * @param inputs           one entry per non-fixed input, in input order
 * @param groups           one entry per group, in the order given
 * @param note             why the indices are undefined (constant output) or not estimable (a
 *                         0/1 output whose rarer value occurred on too few paths), or empty
 */
public record SobolOutput(String output, double mean, double variance, double censoredFraction,
                          List<SobolIndex> inputs, List<SobolIndex> groups, String note) {

    public SobolOutput {
        inputs = List.copyOf(inputs);
        groups = List.copyOf(groups);
    }

    /** Whether the indices mean something: the output varies, on enough paths (no {@link #note}). */
    public boolean estimable() {
        return variance > 0 && (note == null || note.isBlank());
    }

    /** The input entries sorted by decreasing total-effect index. */
    public List<SobolIndex> byTotal() {
        return inputs.stream()
                .sorted(java.util.Comparator.comparingDouble((SobolIndex s) -> -nanLow(s.total())))
                .toList();
    }

    /** Entry of an input or group by name. */
    public SobolIndex index(String factor) {
        for (SobolIndex s : inputs) {
            if (s.factor().equals(factor)) {
                return s;
            }
        }
        for (SobolIndex s : groups) {
            if (s.factor().equals(factor)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no factor '" + factor + "' for output '" + output + "'");
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}

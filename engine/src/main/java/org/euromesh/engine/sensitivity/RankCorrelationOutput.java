package org.euromesh.engine.sensitivity;

import java.util.List;

/**
 * Rank correlations of every non-fixed input with one output.
 *
 * @param output           output name
 * @param censoredFraction fraction of sampled paths whose value was censored and clipped to the horizon
 * @param entries          one per non-fixed input, by decreasing |ρ| (ties in input order)
 * @param note             why the correlations are undefined (constant output), or empty
 */
public record RankCorrelationOutput(String output, double censoredFraction, List<RankCorrelationEntry> entries,
                                    String note) {

    public RankCorrelationOutput {
        entries = List.copyOf(entries);
    }

    public RankCorrelationEntry entry(String input) {
        return entries.stream().filter(e -> e.input().equals(input)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input '" + input + "' for output '" + output + "'"));
    }
}

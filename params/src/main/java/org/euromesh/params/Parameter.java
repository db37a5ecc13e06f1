package org.euromesh.params;

import java.util.Objects;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.Distribution;

/**
 * One sourced input: the central value used by deterministic runs, the distribution used by
 * Monte Carlo, and its provenance. A value without a source or confidence tag cannot be built.
 *
 * @param name         key as written in the parameter files, e.g. {@code alpha0} or
 *                     {@code region.france.lead_medium}
 * @param unit         unit as written, e.g. {@code years}; {@code "-"} for dimensionless
 * @param central      central estimate (deterministic runs)
 * @param distribution Monte Carlo distribution (explicit spec, or derived from the confidence policy)
 * @param specText     the spec as the user wrote it, or {@code policy(<tag>)} when derived
 * @param source       URL or document the value comes from
 * @param confidence   high / medium / low / estimate
 * @param origin       where it was read (file and line), for error messages and reports
 */
public record Parameter(String name, String unit, double central, Distribution distribution,
                        String specText, String source, Confidence confidence, SourceLocation origin) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(specText, "specText");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(origin, "origin");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("parameter '" + name + "' has no source");
        }
        if (!Double.isFinite(central)) {
            throw new IllegalArgumentException("parameter '" + name + "' has a non-finite central value");
        }
    }

    /** True for a value whose distribution is degenerate (a choice or a physical constant). */
    public boolean isFixed() {
        return distribution.lowerBound() == distribution.upperBound();
    }
}

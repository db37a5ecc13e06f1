package org.euromesh.params;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.euromesh.distributions.ConfidencePolicy;

/**
 * The whole sourced input of the model, immutable, as loaded from a parameter folder (or after
 * a scenario overlay). Scalars are keyed by their file name (e.g. {@code alpha0}, {@code tau_mega}).
 *
 * @param scenario             name of the overlay applied ({@code baseline} when none)
 * @param scalars              every scalar parameter, in file order
 * @param regions              the per-region table, in file order
 * @param targets              the training targets, in file order
 * @param correlation          rank correlation between named parameters
 * @param weights              regional composite weights
 * @param policy               the confidence policy used for values given only a central estimate
 * @param meshBudgetMw         IT power the mesh may buy, or +infinity for {@code unbounded}
 * @param publicSubstrate      false in the medium-sites-only framing: member A does not train
 * @param allocation           how member A is allocated to the federation (mobilised, institutional, mixture)
 * @param folder               the user folder the set was loaded from, or null for the shipped
 *                             baseline; scenario overlays are looked up in its {@code scenarios/}
 * @param schema               what the model reads: the names, units and ranges the set was checked against
 */
public record ParameterSet(String scenario, Map<String, Parameter> scalars, List<Region> regions,
                           List<Target> targets, Correlation correlation, ScorecardWeights weights,
                           ConfidencePolicy policy, double meshBudgetMw, boolean publicSubstrate,
                           Allocation allocation, Path folder, ParameterSchema schema) {

    public ParameterSet {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(allocation, "allocation");
        if (!(meshBudgetMw > 0)) {
            throw new IllegalArgumentException("mesh budget must be > 0 MW or +infinity (unbounded), got " + meshBudgetMw);
        }
        scalars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scalars));
        regions = List.copyOf(regions);
        targets = List.copyOf(targets);
    }

    /** A set not tied to a folder (tests, programmatic use). */
    public ParameterSet(String scenario, Map<String, Parameter> scalars, List<Region> regions,
                        List<Target> targets, Correlation correlation, ScorecardWeights weights,
                        ConfidencePolicy policy, double meshBudgetMw, boolean publicSubstrate, Allocation allocation,
                        ParameterSchema schema) {
        this(scenario, scalars, regions, targets, correlation, weights, policy, meshBudgetMw, publicSubstrate,
                allocation, null, schema);
    }

    /** True when the mesh budget is {@code unbounded}: every region builds all the sites it can. */
    public boolean meshUnbounded() {
        return meshBudgetMw == Double.POSITIVE_INFINITY;
    }

    public Region region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region '" + name + "'; known: "
                        + regions.stream().map(Region::name).toList()));
    }

    public Parameter scalar(String name) {
        Parameter p = scalars.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return p;
    }

    public Target target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target '" + name + "'; known: "
                        + targets.stream().map(Target::name).toList()));
    }

    /** Every parameter, scalars first then region columns, each with its full name. */
    public List<Parameter> allParameters() {
        java.util.ArrayList<Parameter> all = new java.util.ArrayList<>(scalars.values());
        for (Region r : regions) {
            all.addAll(r.parameters());
        }
        return all;
    }
}

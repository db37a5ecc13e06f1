package org.euromesh.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euromesh.distributions.ConfidencePolicy;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Applies a scenario overlay file to a parameter set (docs/MODEL.md §5). Semantics of an entry:
 * <ul>
 *   <li>{@code central} + {@code distribution}: both replace the baseline's.</li>
 *   <li>{@code central} alone (a number): a pert/tri keeps its range and its mode moves to the
 *       new central, the range widening to include it if needed; a PERT given by its mean is
 *       refit to the new mean on the same [min, max] (an error if no PERT there has that mean);
 *       a policy-derived value is re-derived around the new central; a fixed value is replaced.</li>
 *   <li>{@code low} / {@code high}: central and mode move to that end of the range, which is
 *       kept (docs/MODEL.md's "medium lead times at their low/high").</li>
 * </ul>
 * An overlay names only what it changes; unknown parameters, regions and keys are errors.
 */
final class ScenarioOverlay {

    static final Set<String> SECTIONS = Set.of("description", "scalars", "regions", "framing", "scorecard_weights");
    static final Set<String> ENTRY_KEYS = Set.of("central", "distribution", "source");

    private ScenarioOverlay() {
    }

    static ParameterSet apply(ParameterSet base, String name, String file, String text) {
        ParameterSchema schema = base.schema();
        YamlMap root = YamlMap.parse(file, text);
        root.expectKeys(null, List.of(), SECTIONS);
        ConfidencePolicy policy = base.policy();

        Map<String, Parameter> scalars = new LinkedHashMap<>(base.scalars());
        if (root.has("scalars")) {
            YamlMap s = root.map("scalars", null);
            for (String key : s.keys()) {
                Parameter p = scalars.get(key);
                if (p == null) {
                    throw new ParameterException(s.keyLocation(key), key,
                            "unknown parameter in scenario overlay; expected one of " + scalars.keySet());
                }
                scalars.put(key, overlay(p, s, key, policy, schema));
            }
        }

        List<Region> regions = new ArrayList<>(base.regions());
        if (root.has("regions")) {
            YamlMap r = root.map("regions", null);
            for (String key : r.keys()) {
                if (Region.COLUMNS.contains(key)) {
                    for (int i = 0; i < regions.size(); i++) {
                        regions.set(i, withColumn(regions.get(i), key, r, policy, schema));
                    }
                    continue;
                }
                int i = indexOf(regions, key);
                if (i < 0) {
                    throw new ParameterException(r.keyLocation(key), "region." + key, "unknown region '" + key
                            + "'; known: " + regions.stream().map(Region::name).toList()
                            + " (or a column for every region: " + Region.COLUMNS + ")");
                }
                YamlMap cols = r.map(key, "region." + key);
                for (String col : cols.keys()) {
                    if (!Region.COLUMNS.contains(col)) {
                        throw new ParameterException(cols.keyLocation(col), "region." + key + "." + col,
                                "unknown region column; expected one of " + Region.COLUMNS);
                    }
                    regions.set(i, withColumn(regions.get(i), col, cols, policy, schema));
                }
            }
        }

        double meshBudget = base.meshBudgetMw();
        boolean publicSubstrate = base.publicSubstrate();
        Allocation allocation = base.allocation();
        if (root.has("framing")) {
            YamlMap f = root.map("framing", null);
            f.expectKeys(null, List.of(), BaselineReader.FRAMING_KEYS);
            if (f.has("allocation")) {
                allocation = BaselineReader.allocation(f);
            }
            if (f.has("mesh_budget_mw")) {
                meshBudget = BaselineReader.meshBudgetValue(f, f.get("mesh_budget_mw"));
            }
            if (f.has("public_substrate")) {
                publicSubstrate = f.bool("public_substrate", "public_substrate");
            }
        }

        ScorecardWeights weights = base.weights();
        if (root.has("scorecard_weights")) {
            YamlMap w = root.map("scorecard_weights", "scorecard_weights");
            w.expectKeys("scorecard_weights", List.of("time", "cost", "carbon", "feasibility"), BaselineReader.WEIGHT_KEYS);
            weights = BaselineReader.weightsValues(w);
        }

        String scenario = base.scenario().equals(ParameterLoader.BASELINE) ? name : base.scenario() + "+" + name;
        return new ParameterSet(scenario, scalars, regions, base.targets(), base.correlation(), weights, policy,
                meshBudget, publicSubstrate, allocation, base.folder(), base.schema());
    }

    private static int indexOf(List<Region> regions, String name) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Region withColumn(Region r, String column, YamlMap ctx, ConfidencePolicy policy, ParameterSchema schema) {
        return switch (column) {
            case "lead_medium" -> new Region(r.name(), overlay(r.leadMedium(), ctx, column, policy, schema), r.lead1gw(),
                    r.accessibleMw(), r.priceEurPerMwh(), r.carbonGPerKwh());
            case "lead_1gw" -> new Region(r.name(), r.leadMedium(), overlay(r.lead1gw(), ctx, column, policy, schema),
                    r.accessibleMw(), r.priceEurPerMwh(), r.carbonGPerKwh());
            case "accessible_mw" -> new Region(r.name(), r.leadMedium(), r.lead1gw(),
                    overlay(r.accessibleMw(), ctx, column, policy, schema), r.priceEurPerMwh(), r.carbonGPerKwh());
            case "price" -> new Region(r.name(), r.leadMedium(), r.lead1gw(), r.accessibleMw(),
                    overlay(r.priceEurPerMwh(), ctx, column, policy, schema), r.carbonGPerKwh());
            case "carbon" -> new Region(r.name(), r.leadMedium(), r.lead1gw(), r.accessibleMw(),
                    r.priceEurPerMwh(), overlay(r.carbonGPerKwh(), ctx, column, policy, schema));
            default -> throw new IllegalStateException(column);
        };
    }

    /** One overlay entry applied to {@code p}: a bare value, or a mapping of central/distribution/source. */
    static Parameter overlay(Parameter p, YamlMap ctx, String key, ConfidencePolicy policy, ParameterSchema schema) {
        String name = p.name();
        Node value = ctx.get(key);
        SourceLocation at = ctx.keyLocation(key);
        String source = p.source();
        Node central = value;
        if (value instanceof MappingNode) {
            YamlMap m = YamlMap.of(ctx.file(), value, name);
            m.expectKeys(name, List.of("central"), ENTRY_KEYS);
            if (m.has("source")) {
                source = m.string("source", name);
            }
            if (m.has("distribution")) {
                return ParameterBuilder.build(schema, name, p.unit(), m.number("central", name),
                        m.string("distribution", name), source, p.confidence(), at, policy);
            }
            central = m.get("central");
        }
        String text = YamlMap.text(ctx.file(), central, name).trim();
        if (text.equalsIgnoreCase("low") || text.equalsIgnoreCase("high")) {
            return toBound(p, text.equalsIgnoreCase("low"), source, at, policy, schema);
        }
        return moveCentral(p, YamlMap.number(ctx.file(), central, name, "central"), source, at, policy, schema);
    }

    private static Parameter moveCentral(Parameter p, double c, String source, SourceLocation at,
                                         ConfidencePolicy policy, ParameterSchema schema) {
        String family = Specs.family(p.specText());
        double lo = p.distribution().lowerBound();
        double hi = p.distribution().upperBound();
        String spec;
        switch (family) {
            case "fixed" -> spec = "fixed";
            case Specs.POLICY -> spec = null; // re-derived around the new central
            case "pert", "tri" -> {
                Map<String, String> named = Specs.namedArgs(p.specText());
                if (named.containsKey("mean")) {
                    // Mean-specified PERT: same [min, max], refit to the new mean if a PERT can have it.
                    double minMean = (5 * lo + hi) / 6;
                    double maxMean = (lo + 5 * hi) / 6;
                    if (c < minMean || c > maxMean) {
                        throw new ParameterException(at, p.name(), "no PERT on [" + Specs.num(lo) + ", " + Specs.num(hi)
                                + "] has mean " + Specs.show(c) + " (possible means: " + Specs.show(minMean) + " to "
                                + Specs.show(maxMean) + "); give the distribution explicitly, e.g. pert(min=.., max=.., mean="
                                + Specs.num(c) + ")");
                    }
                    spec = "pert(min=" + Specs.num(lo) + ", max=" + Specs.num(hi) + ", mean=" + Specs.num(c) + ")";
                } else {
                    requirePlain(p, named, at);
                    spec = family + "(" + Specs.num(Math.min(lo, c)) + ", " + Specs.num(c) + ", "
                            + Specs.num(Math.max(hi, c)) + ")";
                }
            }
            default -> throw notMovable(p, at);
        }
        return ParameterBuilder.build(schema, p.name(), p.unit(), c, spec, source, p.confidence(), at, policy);
    }

    private static Parameter toBound(Parameter p, boolean low, String source, SourceLocation at,
                                     ConfidencePolicy policy, ParameterSchema schema) {
        double lo = p.distribution().lowerBound();
        double hi = p.distribution().upperBound();
        double c = low ? lo : hi;
        String family = Specs.family(p.specText());
        String spec;
        if (lo == hi || family.equals("fixed")) {
            spec = "fixed";
        } else if (family.equals("tri") || family.equals("pert") || family.equals(Specs.POLICY)) {
            if (!Double.isFinite(c)) {
                throw notMovable(p, at);
            }
            // The range is kept; only the mode moves to the bound (a policy range becomes an explicit PERT).
            spec = (family.equals("tri") ? "tri(" : "pert(") + Specs.num(lo) + ", " + Specs.num(c) + ", "
                    + Specs.num(hi) + ")";
        } else {
            throw notMovable(p, at);
        }
        return ParameterBuilder.build(schema, p.name(), p.unit(), c, spec, source, p.confidence(), at, policy);
    }

    private static void requirePlain(Parameter p, Map<String, String> named, SourceLocation at) {
        if (!Set.of("min", "mode", "max").containsAll(named.keySet())) {
            throw notMovable(p, at);
        }
    }

    private static ParameterException notMovable(Parameter p, SourceLocation at) {
        return new ParameterException(at, p.name(), "a central-only overlay can move pert(min, mode, max), "
                + "pert(min=, max=, mean=), tri, fixed and policy-derived values; '" + p.specText()
                + "' needs an explicit distribution (give central and distribution)");
    }
}

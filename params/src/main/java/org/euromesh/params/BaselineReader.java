package org.euromesh.params;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ConfidencePolicy;
import org.euromesh.distributions.GaussianCopula;
import org.euromesh.distributions.InvalidCorrelationException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a whole parameter folder ({@code parameters.yaml} + {@code regions.csv}) into a
 * validated {@link ParameterSet}. Everything is checked before the set exists, so a bad file
 * never half-loads.
 */
final class BaselineReader {

    static final Set<String> SECTIONS = Set.of("confidence_policy", "framing", "scalars", "targets",
            "correlation", "scorecard_weights");
    static final Set<String> SCALAR_KEYS = Set.of("unit", "central", "distribution", "source", "confidence");
    static final Set<String> SCALAR_REQUIRED = Set.of("unit", "central", "source", "confidence");
    static final Set<String> WEIGHT_KEYS = Set.of("source", "time", "cost", "carbon", "feasibility");
    static final String UNBOUNDED = "unbounded";
    static final List<String> FRAMING_KEYS = List.of("mesh_budget_mw", "public_substrate", "allocation");
    static final List<String> FRAMING_REQUIRED = List.of("mesh_budget_mw", "public_substrate");
    /** The unit of {@code framing.mesh_budget_mw}. */
    static final String MESH_BUDGET_UNIT = "MW";

    private BaselineReader() {
    }

    static ParameterSet read(Path folder, ParameterSchema schema) {
        String file = ParameterFiles.display(folder, ParameterFiles.PARAMETERS);
        YamlMap root = YamlMap.parse(file, ParameterFiles.read(folder, ParameterFiles.PARAMETERS));
        root.expectKeys(null, SECTIONS, SECTIONS);

        ConfidencePolicy policy = policy(root.map("confidence_policy", null));
        YamlMap framing = root.map("framing", null).expectKeys(null, FRAMING_REQUIRED, FRAMING_KEYS);
        double meshBudget = meshBudget(framing.map("mesh_budget_mw", "mesh_budget_mw"));
        boolean publicSubstrate = framing.bool("public_substrate", "public_substrate");
        // Optional, so a folder written before version 2 keeps its framing: absent means mobilised.
        Allocation allocation = framing.has("allocation") ? allocation(framing) : Allocation.MOBILISED;

        Map<String, Parameter> scalars = scalars(root.map("scalars", null), policy, schema);

        String regionsFile = ParameterFiles.display(folder, ParameterFiles.REGIONS);
        List<Region> regions = RegionTableReader.read(regionsFile, ParameterFiles.read(folder, ParameterFiles.REGIONS), policy,
                schema);

        List<Target> targets = targets(root, root.require("targets", null));
        Correlation correlation = correlation(root.map("correlation", "correlation"), scalars, regions);
        ScorecardWeights weights = weights(root.map("scorecard_weights", "scorecard_weights"));
        return new ParameterSet("baseline", scalars, regions, targets, correlation, weights, policy,
                meshBudget, publicSubstrate, allocation, folder, schema);
    }

    /** {@code framing.allocation}: mobilised | institutional | mixture (docs/MODEL.md §3.2). */
    static Allocation allocation(YamlMap framing) {
        return Allocation.parse(framing.string("allocation", "allocation"), framing.location(framing.get("allocation")));
    }

    static ConfidencePolicy policy(YamlMap m) {
        List<String> keys = List.of("source", "high", "medium", "low", "estimate");
        m.expectKeys("confidence_policy", keys, keys);
        m.string("source", "confidence_policy");
        double high = m.number("high", "confidence_policy");
        double medium = m.number("medium", "confidence_policy");
        double low = m.number("low", "confidence_policy");
        double estimate = m.number("estimate", "confidence_policy");
        try {
            return new ConfidencePolicy(high, medium, low, estimate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(m.location(), "confidence_policy", e.getMessage());
        }
    }

    /** {@code mesh_budget_mw}: a positive MW figure, or the word {@code unbounded} (+infinity). */
    static double meshBudget(YamlMap m) {
        String p = "mesh_budget_mw";
        m.expectKeys(p, SCALAR_REQUIRED, SCALAR_REQUIRED);
        String unit = m.string("unit", p);
        if (!unit.equalsIgnoreCase(MESH_BUDGET_UNIT)) {
            throw new ParameterException(m.location(m.get("unit")), p,
                    "unit must be '" + MESH_BUDGET_UNIT + "', got '" + unit + "'");
        }
        m.string("source", p);
        ParameterBuilder.confidence(m.string("confidence", p), m.location(m.get("confidence")), p);
        return meshBudgetValue(m, m.get("central"));
    }

    static double meshBudgetValue(YamlMap m, Node central) {
        String p = "mesh_budget_mw";
        String text = YamlMap.text(m.file(), central, p).trim();
        if (text.equalsIgnoreCase(UNBOUNDED)) {
            return Double.POSITIVE_INFINITY;
        }
        double v = YamlMap.number(m.file(), central, p, "central");
        if (!(v > 0)) {
            throw new ParameterException(m.location(central), p, "must be > 0 MW or 'unbounded', got " + text);
        }
        return v;
    }

    static Map<String, Parameter> scalars(YamlMap section, ConfidencePolicy policy, ParameterSchema schema) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String name : section.keys()) {
            if (schema.scalar(name) == null) {
                throw new ParameterException(section.keyLocation(name), name,
                        "unknown parameter: the model reads no scalar of this name; expected one of "
                                + schema.scalarNames());
            }
            out.put(name, scalar(section.map(name, name), name, policy, schema));
        }
        for (String name : schema.scalarNames()) {
            if (!out.containsKey(name)) {
                throw new ParameterException(section.location(), name, "missing parameter: the model reads it "
                        + "(docs/MODEL.md lists it); give unit, central, source and confidence");
            }
        }
        for (String name : schema.scalarNames()) {
            Parameter p = out.get(name);
            if (!schema.scalar(name).sampled() && !p.isFixed()) {
                throw new ParameterException(p.origin(), name, "a setting of the model, never sampled: its "
                        + "distribution must be fixed(" + Specs.num(p.central()) + "), got " + p.specText());
            }
        }
        return out;
    }

    static Parameter scalar(YamlMap m, String name, ConfidencePolicy policy, ParameterSchema schema) {
        m.expectKeys(name, SCALAR_REQUIRED, SCALAR_KEYS);
        String spec = m.has("distribution") ? m.string("distribution", name) : null;
        return ParameterBuilder.build(schema, name, m.string("unit", name), m.number("central", name), spec,
                m.string("source", name), confidence(m, name), m.location(), policy);
    }

    static Confidence confidence(YamlMap m, String name) {
        return ParameterBuilder.confidence(m.string("confidence", name), m.location(m.get("confidence")), name);
    }

    static List<Target> targets(YamlMap root, Node node) {
        List<Target> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> allowed = List.of("name", "n_params", "d_tokens", "compute_flop", "source", "confidence");
        for (Node n : YamlMap.list(root.file(), node, "targets")) {
            YamlMap t = YamlMap.of(root.file(), n, "targets");
            String name = t.has("name") ? YamlMap.text(root.file(), t.get("name"), "targets").trim() : "";
            String p = name.isEmpty() ? "targets" : "target " + name;
            t.expectKeys(p, List.of("name", "source", "confidence"), allowed);
            t.string("name", p);
            String source = t.string("source", p);
            confidence(t, p);
            if (!names.add(name)) {
                throw new ParameterException(t.location(), p, "duplicate target name '" + name + "'");
            }
            boolean byModel = t.has("n_params") || t.has("d_tokens");
            if (byModel == t.has("compute_flop") || byModel && !(t.has("n_params") && t.has("d_tokens"))) {
                throw new ParameterException(t.location(), p,
                        "give either n_params and d_tokens (C = 6·N·D), or compute_flop alone");
            }
            Target target;
            if (byModel) {
                target = Target.ofModel(name, positive(t, "n_params", p), positive(t, "d_tokens", p), source);
            } else {
                target = Target.ofCompute(name, positive(t, "compute_flop", p), source);
            }
            out.add(target);
        }
        if (out.isEmpty()) {
            throw new ParameterException(root.keyLocation("targets"), "targets", "expected at least one target");
        }
        return out;
    }

    private static double positive(YamlMap m, String key, String p) {
        double v = m.number(key, p);
        if (!(v > 0)) {
            throw new ParameterException(m.location(m.get(key)), p, "'" + key + "' must be > 0, got " + Specs.show(v));
        }
        return v;
    }

    static Correlation correlation(YamlMap m, Map<String, Parameter> scalars, List<Region> regions) {
        String p = "correlation";
        List<String> keys = List.of("source", "confidence", "names", "spearman");
        m.expectKeys(p, keys, keys);
        String source = m.string("source", p);
        confidence(m, p);
        Set<String> known = new HashSet<>(scalars.keySet());
        for (Region r : regions) {
            known.addAll(List.of(r.leadMedium().name(), r.lead1gw().name(), r.accessibleMw().name(),
                    r.priceEurPerMwh().name(), r.carbonGPerKwh().name()));
        }
        List<String> names = new ArrayList<>();
        for (Node n : YamlMap.list(m.file(), m.get("names"), p)) {
            String name = YamlMap.text(m.file(), n, p).trim();
            if (!known.contains(name)) {
                throw new ParameterException(m.location(n), name, "correlation names an unknown parameter");
            }
            if (names.contains(name)) {
                throw new ParameterException(m.location(n), name, "listed twice in correlation names");
            }
            names.add(name);
        }
        List<Node> rows = YamlMap.list(m.file(), m.get("spearman"), p);
        int k = names.size();
        if (rows.size() != k) {
            throw new ParameterException(m.keyLocation("spearman"), p,
                    "spearman must have " + k + " rows (one per name), found " + rows.size());
        }
        double[][] rho = new double[k][k];
        for (int i = 0; i < k; i++) {
            List<Node> row = YamlMap.list(m.file(), rows.get(i), p);
            if (row.size() != k) {
                throw new ParameterException(m.location(rows.get(i)), names.get(i),
                        "correlation row must have " + k + " entries, found " + row.size());
            }
            for (int j = 0; j < k; j++) {
                rho[i][j] = YamlMap.number(m.file(), row.get(j), names.get(i), "spearman");
                if (Math.abs(rho[i][j]) > 1) {
                    throw new ParameterException(m.location(rows.get(i)), names.get(i),
                            "Spearman rho must lie in [-1, 1], got " + Specs.show(rho[i][j]));
                }
            }
        }
        for (int i = 0; i < k; i++) {
            if (rho[i][i] != 1) {
                throw new ParameterException(m.location(rows.get(i)), names.get(i), "diagonal entry must be 1");
            }
            for (int j = 0; j < i; j++) {
                if (rho[i][j] != rho[j][i]) {
                    throw new ParameterException(m.location(rows.get(i)), names.get(i), "matrix must be symmetric: rho("
                            + names.get(i) + ", " + names.get(j) + ") = " + Specs.show(rho[i][j]) + " but the transposed entry is "
                            + Specs.show(rho[j][i]));
                }
            }
        }
        if (k > 0) {
            try {
                GaussianCopula.ofSpearman(rho); // the copula's own check: positive definite after conversion
            } catch (InvalidCorrelationException e) {
                throw new ParameterException(m.keyLocation("spearman"), p, "invalid correlation matrix: " + e.getMessage());
            }
        }
        return new Correlation(names, rho, source);
    }

    static ScorecardWeights weights(YamlMap m) {
        String p = "scorecard_weights";
        m.expectKeys(p, WEIGHT_KEYS, WEIGHT_KEYS);
        m.string("source", p);
        return weightsValues(m);
    }

    /** The four weights of {@code m} (which may hold a source too), checked to be >= 0 and sum to 1. */
    static ScorecardWeights weightsValues(YamlMap m) {
        String p = "scorecard_weights";
        double time = m.number("time", p);
        double cost = m.number("cost", p);
        double carbon = m.number("carbon", p);
        double feasibility = m.number("feasibility", p);
        try {
            return new ScorecardWeights(time, cost, carbon, feasibility);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(m.location(), p, e.getMessage());
        }
    }
}

package org.euromesh.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sensitivity.InputGroup;
import org.euromesh.engine.sensitivity.SensitivityAnalysis;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;

/**
 * EuroMesh defaults for the sensitivity analysis: the deterministic input vector, the outputs to
 * analyse per target, and the input groups that test the original study's claim ("the headline is
 * governed by the campus grid lead time and the medium-site lead times; the DiLoCo efficiency
 * penalty is second-order").
 */
public final class EuroMeshSensitivity {

    public static final String GROUP_DILOCO = "DiLoCo efficiency";
    public static final String GROUP_MEDIUM_LEAD = "medium lead times";
    public static final String GROUP_CAMPUS = "campus";
    public static final String GROUP_PUBLIC = "public substrate";
    /** Version 2 risks (docs/MODEL.md §2.1, §3.2): whether the method works at the target's size. */
    public static final String GROUP_DILOCO_SCALE = "DiLoCo at scale";
    /** ... and whether Europe mobilises its machines (institutional calls otherwise). */
    public static final String GROUP_ALLOCATION = "allocation regime";

    /** Layer 1 inputs (docs/MODEL.md §2) that make up the federation's efficiency penalty and rate. */
    static final List<String> DILOCO = List.of("alpha0", "k_h", "k_n", "s_scale", "u", "mfu_local");
    static final List<String> CAMPUS = List.of("tau_mega", "campus_fitout");
    static final List<String> PUBLIC = List.of("s_now", "s_2026", "s_2028", "f_addr", "t_coord");
    static final List<String> DILOCO_SCALE = List.of("q_slope", "diloco_fails_u");
    static final List<String> ALLOCATION = List.of("allocation_u", "p_mobilise", "f_inst", "t_inst", "d_inst",
            "inst_period", "inst_rounds");

    private EuroMeshSensitivity() {
    }

    /**
     * EuroMesh: centrals from the parameters, tornado of t_fed / t_campus / lead, rank correlations
     * of those and win, Sobol indices of lead and win, for every target; the groups of
     * {@link #defaultGroups}.
     */
    public static SensitivityAnalysis analysis(EuroMeshModel model) {
        return SensitivityAnalysis.of(model, centrals(model))
                .withTornadoOutputs(tornadoOutputs(model))
                .withRankOutputs(rankOutputs(model))
                .withSobolOutputs(sobolOutputs(model))
                .withGroups(defaultGroups(model.inputs()));
    }

    /** {@code Parameter.central()} of every input, in the model's input order. */
    public static double[] centrals(EuroMeshModel model) {
        ParameterSet set = model.parameters();
        Map<String, Parameter> byName = new HashMap<>();
        for (Parameter p : set.allParameters()) {
            byName.put(p.name(), p);
        }
        List<InputSpec> ins = model.inputs().inputs();
        double[] c = new double[ins.size()];
        for (int i = 0; i < c.length; i++) {
            Parameter p = byName.get(ins.get(i).name());
            if (p == null) {
                throw new IllegalStateException("input '" + ins.get(i).name() + "' has no parameter in the set");
            }
            c[i] = p.central();
        }
        return c;
    }

    /**
     * Default groups: DiLoCo efficiency (alpha0, k_h, k_n, s_scale, u, mfu_local), medium lead
     * times (every {@code region.*.lead_medium}), campus (tau_mega, campus_fitout) and public
     * substrate (s_now, s_2026, s_2028, f_addr, t_coord), and the version-2 risks: DiLoCo at scale
     * (q_slope, diloco_fails_u) and allocation regime (allocation_u, p_mobilise and the institutional
     * f_inst, t_inst, d_inst, inst_period, inst_rounds). Members missing from the model are left out;
     * a group with no member present is dropped.
     */
    public static List<InputGroup> defaultGroups(InputSpace space) {
        List<String> names = space.inputs().stream().map(InputSpec::name).toList();
        List<InputGroup> groups = new ArrayList<>();
        add(groups, GROUP_DILOCO, DILOCO, names);
        add(groups, GROUP_MEDIUM_LEAD,
                names.stream().filter(n -> n.startsWith("region.") && n.endsWith(".lead_medium")).toList(), names);
        add(groups, GROUP_CAMPUS, CAMPUS, names);
        add(groups, GROUP_PUBLIC, PUBLIC, names);
        add(groups, GROUP_DILOCO_SCALE, DILOCO_SCALE, names);
        add(groups, GROUP_ALLOCATION, ALLOCATION, names);
        return List.copyOf(groups);
    }

    private static void add(List<InputGroup> groups, String name, List<String> members, List<String> names) {
        List<String> present = members.stream().filter(names::contains).toList();
        if (!present.isEmpty()) {
            groups.add(new InputGroup(name, present));
        }
    }

    private static List<String> perTarget(ParameterSet set, List<String> suffixes) {
        List<String> out = new ArrayList<>();
        for (Target t : set.targets()) {
            for (String s : suffixes) {
                out.add(t.name() + "." + s);
            }
        }
        return List.copyOf(out);
    }

    /** Tornado outputs: t_fed, t_campus and lead of every target. */
    public static List<String> tornadoOutputs(EuroMeshModel model) {
        return perTarget(model.parameters(), List.of("t_fed", "t_campus", "lead"));
    }

    /** Rank-correlation outputs: t_fed, t_campus, lead and win of every target. */
    public static List<String> rankOutputs(EuroMeshModel model) {
        return perTarget(model.parameters(), List.of("t_fed", "t_campus", "lead", "win"));
    }

    /** Sobol outputs: lead and win of every target. */
    public static List<String> sobolOutputs(EuroMeshModel model) {
        return perTarget(model.parameters(), List.of("lead", "win"));
    }

    /** The output names of one target, e.g. {@code lead("405B")}. */
    public static String lead(String target) {
        return Outputs.lead(target);
    }
}

package org.euromesh.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sensitivity.InputGroup;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Target;

/**
 * EuroMesh defaults for the decision analytics (scenario discovery and value of information):
 * the decision is "federate, or wait for the campus", with the delivery time of the chosen
 * option as the loss ({@code T.t_fed} against {@code T.t_campus}); scenario discovery looks for
 * the worlds where the campus delivers first ({@code T.win} = 0).
 */
public final class EuroMeshDecision {

    /**
     * Allocation-regime or method-risk inputs (names {@code allocation*}, {@code method*},
     * {@code *_fails*}) that the sensitivity groups "allocation regime" and "DiLoCo at scale" do
     * not list yet: a new one is covered before anyone edits a group.
     */
    public static final String GROUP_ALLOCATION_OTHER = "other allocation and method-risk inputs";
    /** Every other sampled input, so that the groups together cover the whole input space. */
    public static final String GROUP_OTHER = "other inputs";

    private EuroMeshDecision() {
    }

    /**
     * The decision groups: those of {@link EuroMeshSensitivity#defaultGroups} (campus, medium lead
     * times, public substrate, DiLoCo efficiency, DiLoCo at scale = the method risk, allocation
     * regime), then {@link #GROUP_ALLOCATION_OTHER} for unlisted allocation or method-risk inputs,
     * then every remaining sampled input. Data-driven: together they cover every sampled input
     * once, whatever inputs the model has.
     */
    public static List<InputGroup> groups(InputSpace space) {
        List<InputGroup> groups = new ArrayList<>(EuroMeshSensitivity.defaultGroups(space));
        Set<String> taken = new HashSet<>();
        groups.forEach(g -> taken.addAll(g.inputs()));
        List<String> allocation = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (InputSpec in : space.inputs()) {
            String n = in.name();
            if (taken.contains(n) || in.distribution().lowerBound() == in.distribution().upperBound()) {
                continue;
            }
            (isAllocationOrMethodRisk(n) ? allocation : other).add(n);
        }
        if (!allocation.isEmpty()) {
            groups.add(new InputGroup(GROUP_ALLOCATION_OTHER, allocation));
        }
        if (!other.isEmpty()) {
            groups.add(new InputGroup(GROUP_OTHER, other));
        }
        return List.copyOf(groups);
    }

    static boolean isAllocationOrMethodRisk(String name) {
        return name.startsWith("allocation") || name.startsWith("method") || name.contains("_fails");
    }

    /** Outputs a decision sample keeps: t_fed, t_campus and win of every target. */
    public static List<String> sampleOutputs(ParameterSet set) {
        List<String> out = new ArrayList<>();
        for (Target t : set.targets()) {
            out.add(Outputs.tFed(t.name()));
            out.add(Outputs.tCampus(t.name()));
            out.add(Outputs.win(t.name()));
        }
        return List.copyOf(out);
    }

    /** The unit of every parameter as written in the parameter files ({@code "-"}: none). */
    public static Map<String, String> units(ParameterSet set) {
        Map<String, String> u = new HashMap<>();
        for (Parameter p : set.allParameters()) {
            u.put(p.name(), p.unit());
        }
        return Map.copyOf(u);
    }
}

package org.euromesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.euromesh.distributions.Fixed;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sensitivity.InputGroup;
import org.euromesh.params.ParameterLoader;
import org.junit.jupiter.api.Test;

class EuroMeshDecisionTest {

    @Test
    void groupsCoverEverySampledInputOnceAndSkipFixedOnes() {
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA), "405B");
        List<InputGroup> g = EuroMeshDecision.groups(model.inputs());
        List<String> names = g.stream().map(InputGroup::name).toList();
        assertEquals(EuroMeshSensitivity.GROUP_CAMPUS, names.get(2), names.toString());
        assertEquals(EuroMeshDecision.GROUP_OTHER, names.get(names.size() - 1));
        Set<String> seen = new HashSet<>();
        for (InputGroup group : g) {
            for (String in : group.inputs()) {
                assertTrue(seen.add(in), in + " in two groups");
            }
        }
        for (InputSpec in : model.inputs().inputs()) {
            boolean fixed = in.distribution().lowerBound() == in.distribution().upperBound();
            // Fixed members may stay in the sensitivity groups (the analyses ignore them); every
            // sampled input must be in some group.
            assertTrue(fixed || seen.contains(in.name()), in.name() + " in no group");
        }
    }

    /**
     * Inputs the sensitivity groups know ("DiLoCo at scale", "allocation regime") stay there; an
     * allocation- or method-risk input they do not list lands in the fallback group, anything else
     * in "other inputs", so a new model input is always covered.
     */
    @Test
    void unlistedAllocationAndMethodRiskInputsGetTheFallbackGroup() {
        List<InputSpec> ins = new ArrayList<>();
        for (String n : List.of("tau_mega", "allocation_u", "diloco_fails_u", "method_risk", "allocation_extra",
                "pue", "fixed_thing")) {
            ins.add(new InputSpec(n, n.equals("fixed_thing") ? Fixed.of(1.0) : Uniform.of(0, 1)));
        }
        List<InputGroup> g = EuroMeshDecision.groups(InputSpace.independent(ins));
        assertEquals(List.of(EuroMeshSensitivity.GROUP_CAMPUS, EuroMeshSensitivity.GROUP_DILOCO_SCALE,
                EuroMeshSensitivity.GROUP_ALLOCATION, EuroMeshDecision.GROUP_ALLOCATION_OTHER,
                EuroMeshDecision.GROUP_OTHER), g.stream().map(InputGroup::name).toList());
        assertEquals(List.of("method_risk", "allocation_extra"), g.get(3).inputs());
        assertEquals(List.of("pue"), g.get(4).inputs());
    }
}

package org.euromesh.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ConfidencePolicy;
import org.euromesh.distributions.Fixed;
import org.euromesh.params.Allocation;
import org.euromesh.params.Correlation;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Region;
import org.euromesh.params.ScorecardWeights;
import org.euromesh.params.SourceLocation;
import org.euromesh.params.Target;

/**
 * A hand-sized parameter set with every value fixed, so model outputs can be checked against
 * arithmetic done by hand in the tests' comments. Round numbers, not the shipped ones.
 */
final class FixedParameters {

    private final Map<String, Double> scalars = new LinkedHashMap<>();
    private final List<double[]> regions = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private boolean publicSubstrate = true;
    private double meshBudgetMw = Double.POSITIVE_INFINITY;
    private Allocation allocation = Allocation.MOBILISED;

    FixedParameters() {
        scalars.put("horizon_years", 24.0);
        scalars.put("h", 500.0);
        scalars.put("h_ref", 500.0);
        scalars.put("alpha0", 1.0);
        scalars.put("k_h", 0.0);
        scalars.put("k_n", 0.1);
        scalars.put("s_scale", 0.0);
        scalars.put("alpha_cap", 2.0);
        scalars.put("u", 1.0);
        scalars.put("mfu_local", 0.5);
        scalars.put("mfu_central", 0.5);
        scalars.put("gpu_flops", 1e15);
        scalars.put("gpu_power_kw", 1.0);
        scalars.put("pue", 1.0);
        scalars.put("s_now", 1.0);
        scalars.put("s_2026", 1.0);
        scalars.put("s_2028", 1.0);
        scalars.put("f_addr", 0.0);
        scalars.put("t_coord", 1.0);
        scalars.put("n_pub", 1.0);
        scalars.put("site_mw", 1.0);
        scalars.put("ramp_years", 0.25);
        scalars.put("site_commission", 0.0);
        scalars.put("tau_mega", 4.0);
        scalars.put("campus_fitout", 0.5);
        scalars.put("campus_mw", 10.0);
        scalars.put("capex_eur_per_mw", 1.2e7);
        scalars.put("asset_life_years", 6.0);
        // Version 2: institutional calls, the regime draw, the method's failure (off by default:
        // q_slope 0 means the method works at every size).
        scalars.put("f_inst", 0.0);
        scalars.put("t_inst", 0.5);
        scalars.put("d_inst", 1.0);
        scalars.put("inst_period", 1.0);
        scalars.put("inst_rounds", 1.0);
        scalars.put("p_mobilise", 0.5);
        scalars.put("allocation_u", 0.5);
        scalars.put("q_slope", 0.0);
        scalars.put("diloco_fails_u", 0.5);
        scalars.put("s_max", 1.0);
    }

    FixedParameters set(String name, double value) {
        if (!scalars.containsKey(name)) {
            throw new IllegalArgumentException(name);
        }
        scalars.put(name, value);
        return this;
    }

    /** A region with the given medium lead time, accessible MW, price €/MWh and carbon g/kWh. */
    FixedParameters region(double lead, double accessibleMw, double price, double carbon) {
        regions.add(new double[] {lead, accessibleMw, price, carbon});
        return this;
    }

    FixedParameters target(Target t) {
        targets.add(t);
        return this;
    }

    FixedParameters publicSubstrate(boolean on) {
        publicSubstrate = on;
        return this;
    }

    FixedParameters allocation(Allocation a) {
        allocation = a;
        return this;
    }

    FixedParameters meshBudget(double mw) {
        meshBudgetMw = mw;
        return this;
    }

    ParameterSet build() {
        Map<String, Parameter> ps = new LinkedHashMap<>();
        scalars.forEach((k, v) -> ps.put(k, fixed(k, v)));
        List<Region> rs = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            double[] r = regions.get(i);
            String n = "r" + i;
            rs.add(new Region(n, fixed("region." + n + ".lead_medium", r[0]), fixed("region." + n + ".lead_1gw", 2 * r[0]),
                    fixed("region." + n + ".accessible_mw", r[1]), fixed("region." + n + ".price", r[2]),
                    fixed("region." + n + ".carbon", r[3])));
        }
        return new ParameterSet("test", ps, rs, targets, Correlation.none(),
                new ScorecardWeights(0.4, 0.2, 0.2, 0.2), ConfidencePolicy.standard(), meshBudgetMw, publicSubstrate, allocation,
                EuroMeshInputs.SCHEMA);
    }

    private static Parameter fixed(String name, double v) {
        return new Parameter(name, "-", v, Fixed.of(v), "fixed(" + v + ")", "test fixture", Confidence.HIGH,
                SourceLocation.builtIn());
    }
}

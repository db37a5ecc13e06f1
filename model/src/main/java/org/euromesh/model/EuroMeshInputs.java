package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.params.Correlation;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterSchema;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Quantity;
import org.euromesh.params.Region;

/**
 * The EuroMesh model's inputs, declared once: every parameter it reads, with the unit the files
 * must state and its physical range, and — for the sampled ones — its slot in the input vector.
 * The parameter loader checks a folder against {@link #SCHEMA} (unknown or missing names are
 * errors naming file and line); {@link #inputSpace} binds a loaded set to the vector by these
 * names. Adding an input: a line here, an entry in {@code parameters.yaml}, and the equation that
 * reads {@code x[NEW_INPUT]} (docs/ARCHITECTURE.md shows it).
 *
 * <p>Every parameter the equations read is a sampled input, fixed ones included (their quantile
 * is a constant), so a user can make any of them uncertain without touching code. The regions'
 * 1 GW lead times are loaded and validated but not sampled: the campus is driven by the single
 * {@code tau_mega}. The horizon is a setting: it defines the outputs, so it cannot be uncertain.
 */
public final class EuroMeshInputs {

    private static final ParameterSchema.Builder B = ParameterSchema.builder();

    // Layer 1: efficiency of low-communication training (docs/MODEL.md §2).
    static final int H = B.sampled("h", "steps", Quantity.POSITIVE);
    static final int H_REF = B.sampled("h_ref", "steps", Quantity.POSITIVE);
    static final int ALPHA0 = B.sampled("alpha0", "-", Quantity.POSITIVE);
    static final int K_H = B.sampled("k_h", "per decade of H", Quantity.NON_NEGATIVE);
    static final int K_N = B.sampled("k_n", "per doubling of n", Quantity.NON_NEGATIVE);
    static final int S_SCALE = B.sampled("s_scale", "per decade above 10B", Quantity.NON_NEGATIVE);
    static final int ALPHA_CAP = B.sampled("alpha_cap", "-", Quantity.AT_LEAST_ONE);
    static final int U = B.sampled("u", "-", Quantity.FRACTION);
    static final int MFU_LOCAL = B.sampled("mfu_local", "-", Quantity.FRACTION);
    static final int MFU_CENTRAL = B.sampled("mfu_central", "-", Quantity.FRACTION);
    // Layer 2: hardware, the public substrate, medium sites, the campus (§3).
    static final int GPU_FLOPS = B.sampled("gpu_flops", "FLOP/s", Quantity.POSITIVE);
    static final int GPU_POWER_KW = B.sampled("gpu_power_kw", "kW", Quantity.POSITIVE);
    static final int PUE = B.sampled("pue", "-", Quantity.AT_LEAST_ONE);
    static final int S_NOW = B.sampled("s_now", "EFLOP/s", Quantity.POSITIVE);
    static final int S_2026 = B.sampled("s_2026", "EFLOP/s", Quantity.POSITIVE);
    static final int S_2028 = B.sampled("s_2028", "EFLOP/s", Quantity.POSITIVE);
    static final int F_ADDR = B.sampled("f_addr", "-", Quantity.FRACTION);
    static final int T_COORD = B.sampled("t_coord", "years", Quantity.NON_NEGATIVE);
    static final int N_PUB = B.sampled("n_pub", "systems", Quantity.POSITIVE);
    static final int SITE_MW = B.sampled("site_mw", "MW", Quantity.POSITIVE);
    static final int RAMP_YEARS = B.sampled("ramp_years", "years", Quantity.NON_NEGATIVE);
    static final int SITE_COMMISSION = B.sampled("site_commission", "years", Quantity.NON_NEGATIVE);
    static final int TAU_MEGA = B.sampled("tau_mega", "years", Quantity.NON_NEGATIVE);
    static final int CAMPUS_FITOUT = B.sampled("campus_fitout", "years", Quantity.NON_NEGATIVE);
    static final int CAMPUS_MW = B.sampled("campus_mw", "MW", Quantity.POSITIVE);
    // Version 2 (§3.2, §2.1): the institutional allocation, the regime draw, and the method's failure.
    static final int F_INST = B.sampled("f_inst", "-", Quantity.FRACTION);
    static final int T_INST = B.sampled("t_inst", "years", Quantity.NON_NEGATIVE);
    static final int D_INST = B.sampled("d_inst", "years", Quantity.NON_NEGATIVE);
    static final int INST_PERIOD = B.sampled("inst_period", "years", Quantity.POSITIVE);
    static final int INST_ROUNDS = B.sampled("inst_rounds", "rounds", Quantity.AT_LEAST_ONE);
    static final int P_MOBILISE = B.sampled("p_mobilise", "-", Quantity.FRACTION);
    static final int ALLOCATION_U = B.sampled("allocation_u", "-", Quantity.FRACTION);
    static final int Q_SLOPE = B.sampled("q_slope", "per decade above 10B", Quantity.NON_NEGATIVE);
    static final int DILOCO_FAILS_U = B.sampled("diloco_fails_u", "-", Quantity.FRACTION);
    static final int S_MAX = B.sampled("s_max", "EFLOP/s", Quantity.POSITIVE);
    // Layer 3: the regional scorecard's facility cost (§4).
    static final int CAPEX_EUR_PER_MW = B.sampled("capex_eur_per_mw", "EUR/MW", Quantity.POSITIVE);
    static final int ASSET_LIFE_YEARS = B.sampled("asset_life_years", "years", Quantity.POSITIVE);

    /** Per-region columns, sampled for every region after the scalars, in this order (§3). */
    static final int REGION_LEAD = B.sampledRegionColumn("lead_medium", "years", Quantity.NON_NEGATIVE);
    static final int REGION_ACCESSIBLE_MW = B.sampledRegionColumn("accessible_mw", "MW", Quantity.POSITIVE);
    static final int REGION_PRICE = B.sampledRegionColumn("price", "EUR/MWh", Quantity.NON_NEGATIVE);
    static final int REGION_CARBON = B.sampledRegionColumn("carbon", "gCO2e/kWh", Quantity.NON_NEGATIVE);

    /** The horizon, years from 2026-01-01: events after it are censored (§0). */
    static final String HORIZON_YEARS = "horizon_years";

    /** What the model reads; hand it to the parameter loader. */
    public static final ParameterSchema SCHEMA = B
            .loadedRegionColumn("lead_1gw", "years", Quantity.NON_NEGATIVE)
            .setting(HORIZON_YEARS, "years", Quantity.POSITIVE)
            .build();

    /** Scalars in the vector, then {@link #REGION_STRIDE} values per region. */
    static final int SCALARS = SCHEMA.sampledScalars().size();
    static final int REGION_STRIDE = SCHEMA.sampledRegionColumns().size();

    private EuroMeshInputs() {
    }

    static int regionBase(int region) {
        return SCALARS + REGION_STRIDE * region;
    }

    /** The parameters of {@code set} in vector order, bound by name. */
    static List<Parameter> parameters(ParameterSet set) {
        checkSchema(set);
        List<Parameter> params = new ArrayList<>();
        for (String name : SCHEMA.sampledScalars()) {
            params.add(set.scalar(name));
        }
        for (Region r : set.regions()) {
            for (String column : SCHEMA.sampledRegionColumns()) {
                params.add(r.column(column));
            }
        }
        return params;
    }

    /** The sampler's view: distributions by name, and the copula over the correlated ones. */
    static InputSpace inputSpace(ParameterSet set) {
        List<Parameter> params = parameters(set);
        List<InputSpec> specs = new ArrayList<>(params.size());
        List<String> names = new ArrayList<>(params.size());
        for (Parameter p : params) {
            specs.add(new InputSpec(p.name(), p.distribution()));
            names.add(p.name());
        }
        Correlation c = set.correlation();
        int[] idx = new int[c.names().size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = names.indexOf(c.names().get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("correlation names '" + c.names().get(i)
                        + "', which is not a sampled input of the model; sampled: " + names);
            }
        }
        return new InputSpace(specs, idx, c.spearman());
    }

    /** The horizon of the set's outputs, years. */
    static double horizon(ParameterSet set) {
        return set.scalar(HORIZON_YEARS).central();
    }

    /** Every input at its central value: the deterministic run. */
    static double[] centrals(ParameterSet set) {
        return parameters(set).stream().mapToDouble(Parameter::central).toArray();
    }

    /** A set loaded against another schema would bind the wrong names: refuse it. */
    private static void checkSchema(ParameterSet set) {
        if (set.schema() != SCHEMA) {
            throw new IllegalArgumentException("parameter set '" + set.scenario() + "' was not loaded against the "
                    + "EuroMesh schema (EuroMeshInputs.SCHEMA)");
        }
    }
}

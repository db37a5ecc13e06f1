package org.euromesh.engine.euromesh;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.engine.InputSpace;
import org.euromesh.engine.InputSpec;
import org.euromesh.engine.OutputSpec;
import org.euromesh.params.Correlation;
import org.euromesh.params.Parameter;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.Region;

/**
 * Where each parameter of the EuroMesh model sits in the sampler's input vector. Every
 * parameter the equations read is an input, fixed ones included (their quantile is a constant),
 * so a user can make any of them uncertain without touching code. The regions' 1 GW lead times
 * are loaded but not sampled: MODEL.md drives the campus with the single τ_mega.
 */
final class InputLayout {

    /** Scalar inputs, in vector order. */
    static final List<String> SCALARS = List.of(
            "h", "h_ref", "alpha0", "k_h", "k_n", "s_scale", "alpha_cap", "u", "mfu_local", "mfu_central",
            "gpu_flops", "gpu_power_kw", "pue",
            "s_now", "s_2026", "s_2028", "f_addr", "t_coord", "n_pub",
            "site_mw", "ramp_years", "site_commission", "tau_mega", "campus_fitout", "campus_mw",
            "capex_eur_per_mw", "asset_life_years");

    static final int H = 0;
    static final int H_REF = 1;
    static final int ALPHA0 = 2;
    static final int K_H = 3;
    static final int K_N = 4;
    static final int S_SCALE = 5;
    static final int ALPHA_CAP = 6;
    static final int U = 7;
    static final int MFU_LOCAL = 8;
    static final int MFU_CENTRAL = 9;
    static final int GPU_FLOPS = 10;
    static final int GPU_POWER_KW = 11;
    static final int PUE = 12;
    static final int S_NOW = 13;
    static final int S_2026 = 14;
    static final int S_2028 = 15;
    static final int F_ADDR = 16;
    static final int T_COORD = 17;
    static final int N_PUB = 18;
    static final int SITE_MW = 19;
    static final int RAMP_YEARS = 20;
    static final int SITE_COMMISSION = 21;
    static final int TAU_MEGA = 22;
    static final int CAMPUS_FITOUT = 23;
    static final int CAMPUS_MW = 24;
    static final int CAPEX_EUR_PER_MW = 25;
    static final int ASSET_LIFE_YEARS = 26;

    /** Region columns sampled per region, in vector order after the scalars. */
    static final int REGION_LEAD = 0;
    static final int REGION_ACCESSIBLE_MW = 1;
    static final int REGION_PRICE = 2;
    static final int REGION_CARBON = 3;
    static final int REGION_STRIDE = 4;

    private InputLayout() {
    }

    static int regionBase(int region) {
        return SCALARS.size() + REGION_STRIDE * region;
    }

    /** The parameters of {@code set} in vector order. */
    static List<Parameter> parameters(ParameterSet set) {
        List<Parameter> params = new ArrayList<>();
        for (String name : SCALARS) {
            params.add(set.scalar(name));
        }
        for (Region r : set.regions()) {
            params.add(r.leadMedium());
            params.add(r.accessibleMw());
            params.add(r.priceEurPerMwh());
            params.add(r.carbonGPerKwh());
        }
        return params;
    }

    /** The sampler's view: distributions by name, and the copula over the correlated ones. */
    static InputSpace inputSpace(ParameterSet set) {
        checkHorizon(set);
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

    /**
     * The horizon is part of the outputs' definition (censoring, histogram ranges), fixed by
     * MODEL.md §0; a parameter file that says otherwise is refused rather than silently ignored.
     */
    private static void checkHorizon(ParameterSet set) {
        Parameter h = set.scalars().get("horizon_years");
        if (h != null && (h.central() != OutputSpec.HORIZON_YEARS || !h.isFixed())) {
            throw new IllegalArgumentException(h.origin() + ": parameter 'horizon_years': must be fixed at "
                    + OutputSpec.HORIZON_YEARS + " (MODEL.md §0; outputs are censored there), got " + h.specText());
        }
    }

    /** Every input at its central value: the deterministic run. */
    static double[] centrals(ParameterSet set) {
        return parameters(set).stream().mapToDouble(Parameter::central).toArray();
    }
}

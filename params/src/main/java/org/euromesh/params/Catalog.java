package org.euromesh.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter the model reads (MODEL.md), with the unit the files must state and its
 * physical range. The unit check catches a value typed in the wrong unit (kW for MW, y for months).
 */
final class Catalog {

    record Entry(String unit, Quantity quantity) {
    }

    static final Map<String, Entry> SCALARS;
    static final Map<String, Entry> REGION_COLUMNS;

    static {
        Map<String, Entry> s = new LinkedHashMap<>();
        Map<String, Entry> r = new LinkedHashMap<>();
        s.put("horizon_years", entry("years", Quantity.POSITIVE));
        s.put("h", entry("steps", Quantity.POSITIVE));
        s.put("h_ref", entry("steps", Quantity.POSITIVE));
        s.put("alpha0", entry("-", Quantity.POSITIVE));
        s.put("k_h", entry("per decade of H", Quantity.NON_NEGATIVE));
        s.put("k_n", entry("per doubling of n", Quantity.NON_NEGATIVE));
        s.put("s_scale", entry("per decade above 10B", Quantity.NON_NEGATIVE));
        s.put("alpha_cap", entry("-", Quantity.AT_LEAST_ONE));
        s.put("u", entry("-", Quantity.FRACTION));
        s.put("mfu_local", entry("-", Quantity.FRACTION));
        s.put("mfu_central", entry("-", Quantity.FRACTION));
        s.put("gpu_flops", entry("FLOP/s", Quantity.POSITIVE));
        s.put("gpu_power_kw", entry("kW", Quantity.POSITIVE));
        s.put("pue", entry("-", Quantity.AT_LEAST_ONE));
        s.put("s_now", entry("EFLOP/s", Quantity.POSITIVE));
        s.put("s_2026", entry("EFLOP/s", Quantity.POSITIVE));
        s.put("s_2028", entry("EFLOP/s", Quantity.POSITIVE));
        s.put("f_addr", entry("-", Quantity.FRACTION));
        s.put("t_coord", entry("years", Quantity.NON_NEGATIVE));
        s.put("n_pub", entry("systems", Quantity.POSITIVE));
        s.put("site_mw", entry("MW", Quantity.POSITIVE));
        s.put("ramp_years", entry("years", Quantity.NON_NEGATIVE));
        s.put("site_commission", entry("years", Quantity.NON_NEGATIVE));
        s.put("tau_mega", entry("years", Quantity.NON_NEGATIVE));
        s.put("campus_fitout", entry("years", Quantity.NON_NEGATIVE));
        s.put("campus_mw", entry("MW", Quantity.POSITIVE));
        s.put("capex_eur_per_mw", entry("EUR/MW", Quantity.POSITIVE));
        s.put("asset_life_years", entry("years", Quantity.POSITIVE));

        r.put("lead_medium", new Entry("years", Quantity.NON_NEGATIVE));
        r.put("lead_1gw", new Entry("years", Quantity.NON_NEGATIVE));
        r.put("accessible_mw", new Entry("MW", Quantity.POSITIVE));
        r.put("price", new Entry("EUR/MWh", Quantity.NON_NEGATIVE));
        r.put("carbon", new Entry("gCO2e/kWh", Quantity.NON_NEGATIVE));
        SCALARS = Collections.unmodifiableMap(s);
        REGION_COLUMNS = Collections.unmodifiableMap(r);
    }

    /** The unit of {@code mesh_budget_mw} in the framing section. */
    static final String MESH_BUDGET_UNIT = "MW";

    private Catalog() {
    }

    private static Entry entry(String unit, Quantity q) {
        return new Entry(unit, q);
    }

    static List<String> scalarNames() {
        return List.copyOf(SCALARS.keySet());
    }

    /** The entry for a scalar or a {@code region.<name>.<column>} parameter, or null. */
    static Entry lookup(String parameterName) {
        Entry e = SCALARS.get(parameterName);
        if (e == null && parameterName.startsWith("region.")) {
            e = REGION_COLUMNS.get(parameterName.substring(parameterName.lastIndexOf('.') + 1));
        }
        return e;
    }
}

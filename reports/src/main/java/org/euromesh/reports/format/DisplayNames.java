package org.euromesh.reports.format;

import java.util.Locale;
import java.util.Map;

/**
 * What a reader sees instead of an internal id: region and input names as words. The model's
 * ids ({@code nordics_no_se_fi}, {@code tau_mega}) stay the keys of every file; only the report,
 * its charts and the terminal show these names. An id without an entry is shown as it is, so a
 * new region or input is never hidden, only less readable.
 *
 * <p>The mapping lives here rather than in the parameter files because it is presentation, and
 * the parameter schema is validated strictly (a new column would be a format change for every
 * user's parameter folder).
 */
public final class DisplayNames {

    private static final Map<String, String> REGIONS = Map.of(
            "nordics_no_se_fi", "Nordics (NO, SE, FI)",
            "france", "France",
            "germany", "Germany",
            "ireland", "Ireland",
            "netherlands", "Netherlands",
            "great_britain", "Great Britain",
            "italy", "Italy");

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("horizon_years", "model horizon"),
            Map.entry("h", "DiLoCo inner steps H"),
            Map.entry("h_ref", "reference inner steps"),
            Map.entry("alpha0", "DiLoCo base overhead α₀"),
            Map.entry("k_h", "overhead growth per decade of H"),
            Map.entry("k_n", "overhead growth per extra site"),
            Map.entry("s_scale", "DiLoCo scale penalty"),
            Map.entry("alpha_cap", "DiLoCo overhead cap"),
            Map.entry("u", "GPU utilisation"),
            Map.entry("mfu_local", "MFU of a federated site"),
            Map.entry("mfu_central", "MFU of the campus"),
            Map.entry("gpu_flops", "GPU peak FLOP/s"),
            Map.entry("gpu_power_kw", "power per GPU"),
            Map.entry("pue", "PUE"),
            Map.entry("s_now", "public compute today"),
            Map.entry("s_2026", "public compute 2026"),
            Map.entry("s_2028", "public compute 2028"),
            Map.entry("f_addr", "addressable share of public compute"),
            Map.entry("t_coord", "coordination time"),
            Map.entry("n_pub", "public systems federated"),
            Map.entry("site_mw", "medium site size"),
            Map.entry("ramp_years", "site ramp-up"),
            Map.entry("site_commission", "site commissioning"),
            Map.entry("tau_mega", "campus grid wait τ_mega"),
            Map.entry("campus_fitout", "campus fit-out"),
            Map.entry("campus_mw", "campus size"),
            Map.entry("capex_eur_per_mw", "capex per MW"),
            Map.entry("asset_life_years", "asset life"),
            // Model version 2: allocation regimes and the DiLoCo failure risk (docs/MODEL.md §2.1, §3.2).
            Map.entry("f_inst", "institutional share of EuroHPC"),
            Map.entry("t_inst", "institutional allocation start"),
            Map.entry("d_inst", "institutional allocation length"),
            Map.entry("inst_period", "years between institutional calls"),
            Map.entry("inst_rounds", "institutional rounds"),
            Map.entry("p_mobilise", "P(Europe mobilises)"),
            Map.entry("allocation_u", "whether Europe mobilises (draw)"),
            Map.entry("q_slope", "DiLoCo failure risk per decade above 10B"),
            Map.entry("diloco_fails_u", "whether DiLoCo works at this size"),
            Map.entry("s_max", "largest single public system"));

    private static final Map<String, String> REGION_FIELDS = Map.of(
            "lead_medium", "medium-site lead time",
            "lead_1gw", "1 GW lead time",
            "accessible_mw", "accessible MW",
            "price", "power price",
            "carbon", "grid carbon");

    private DisplayNames() {
    }

    /** "Nordics (NO, SE, FI)" for {@code nordics_no_se_fi}; an unknown id as it is. */
    public static String region(String id) {
        return REGIONS.getOrDefault(id, id);
    }

    /**
     * "campus grid wait τ_mega" for {@code tau_mega}, "Nordics (NO, SE, FI): medium-site lead time"
     * for {@code region.nordics_no_se_fi.lead_medium}; a sensitivity group name or an unknown id as
     * it is.
     */
    public static String input(String id) {
        String known = INPUTS.get(id);
        if (known != null) {
            return known;
        }
        if (id.startsWith("region.")) {
            int dot = id.lastIndexOf('.');
            if (dot > "region.".length()) {
                String region = id.substring("region.".length(), dot);
                String field = id.substring(dot + 1);
                return region(region) + ": " + REGION_FIELDS.getOrDefault(field, field.replace('_', ' '));
            }
        }
        return id;
    }

    /**
     * {@link #input} for small panels: the region as its first word ("Nordics: accessible MW").
     */
    public static String inputShort(String id) {
        String full = input(id);
        int colon = full.indexOf(": ");
        if (id.startsWith("region.") && colon > 0) {
            String region = full.substring(0, colon);
            int space = region.indexOf(' ');
            return (space > 0 ? region.substring(0, space) : region) + full.substring(colon);
        }
        return full;
    }

    /** An input's name with its id, "campus grid wait τ_mega (tau_mega)", for tables that must be traceable. */
    public static String inputWithId(String id) {
        String name = input(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }

    /** "frontier-2028 (1e28 FLOP)": a target with its compute, for sentences. */
    public static String target(String name, double flop) {
        int exponent = (int) Math.floor(Math.log10(flop));
        double mantissa = flop / Math.pow(10, exponent);
        String m = Math.abs(mantissa - Math.rint(mantissa)) < 0.05 ? String.valueOf((long) Math.rint(mantissa))
                : String.format(Locale.ROOT, "%.1f", mantissa);
        return name + " (" + m + "e" + exponent + " FLOP)";
    }
}

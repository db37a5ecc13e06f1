package org.euromesh.params;

import java.util.Objects;

/**
 * One row of the per-region table (docs/MODEL.md §3): medium-load and 1 GW grid lead times, the
 * power a region can offer new sites, electricity price and grid carbon intensity.
 */
public record Region(String name, Parameter leadMedium, Parameter lead1gw, Parameter accessibleMw,
                     Parameter priceEurPerMwh, Parameter carbonGPerKwh) {

    /** The region table's quantities by column name, in table order (a parameter is {@code region.<name>.<column>}). */
    public static final java.util.List<String> COLUMNS =
            java.util.List.of("lead_medium", "lead_1gw", "accessible_mw", "price", "carbon");

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leadMedium, "leadMedium");
        Objects.requireNonNull(lead1gw, "lead1gw");
        Objects.requireNonNull(accessibleMw, "accessibleMw");
        Objects.requireNonNull(priceEurPerMwh, "priceEurPerMwh");
        Objects.requireNonNull(carbonGPerKwh, "carbonGPerKwh");
    }

    /** The parameter of column {@code column}, one of {@link #COLUMNS}. */
    public Parameter column(String column) {
        return switch (column) {
            case "lead_medium" -> leadMedium;
            case "lead_1gw" -> lead1gw;
            case "accessible_mw" -> accessibleMw;
            case "price" -> priceEurPerMwh;
            case "carbon" -> carbonGPerKwh;
            default -> throw new IllegalArgumentException("no region column '" + column + "'; known: " + COLUMNS);
        };
    }

    /** Every column's parameter, in {@link #COLUMNS} order. */
    public java.util.List<Parameter> parameters() {
        return java.util.List.of(leadMedium, lead1gw, accessibleMw, priceEurPerMwh, carbonGPerKwh);
    }
}

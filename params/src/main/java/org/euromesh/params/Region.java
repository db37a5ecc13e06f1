package org.euromesh.params;

import java.util.Objects;

/**
 * One row of the per-region table (MODEL.md §3): medium-load and 1 GW grid lead times, the
 * power a region can offer new sites, electricity price and grid carbon intensity.
 */
public record Region(String name, Parameter leadMedium, Parameter lead1gw, Parameter accessibleMw,
                     Parameter priceEurPerMwh, Parameter carbonGPerKwh) {

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leadMedium, "leadMedium");
        Objects.requireNonNull(lead1gw, "lead1gw");
        Objects.requireNonNull(accessibleMw, "accessibleMw");
        Objects.requireNonNull(priceEurPerMwh, "priceEurPerMwh");
        Objects.requireNonNull(carbonGPerKwh, "carbonGPerKwh");
    }
}

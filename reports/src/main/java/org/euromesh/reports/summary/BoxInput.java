package org.euromesh.reports.summary;

import java.util.Objects;

/**
 * One restricted input of a PRIM box, with what its words in the report need beyond the box
 * itself: the input's unit and where each bound sits in the input's distribution. Kept in the
 * summary so that {@code euromesh report} can write "tau_mega &lt; 4.8 years (its P12)" without
 * rebuilding the model.
 *
 * @param input      input name, as in the box's restriction
 * @param unit       the input's unit as written in the parameter files ({@code -} for none)
 * @param loQuantile CDF of the input at the lower bound; NaN when the box has no lower bound
 * @param hiQuantile CDF of the input at the upper bound; NaN when the box has no upper bound
 */
public record BoxInput(String input, String unit, double loQuantile, double hiQuantile) {

    public BoxInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(unit, "unit");
        quantile("loQuantile", loQuantile);
        quantile("hiQuantile", hiQuantile);
    }

    private static void quantile(String name, double q) {
        if (!Double.isNaN(q) && !(q >= 0.0 && q <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1] or NaN, got " + q);
        }
    }
}

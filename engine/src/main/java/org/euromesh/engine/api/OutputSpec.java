package org.euromesh.engine;

import java.util.Objects;

/**
 * One model output and how to summarise it.
 *
 * @param name   unique name, e.g. {@code 405B.t_fed}
 * @param unit   e.g. {@code years}, {@code MWh}
 * @param kind   time, indicator or value
 * @param lo     histogram lower edge (TIME: 0)
 * @param hi     histogram upper edge (TIME: the horizon)
 * @param bins   number of histogram bins
 * @param log    true for log-spaced bins (positive values spanning decades: energy, cost)
 */
public record OutputSpec(String name, String unit, OutputKind kind, double lo, double hi, int bins, boolean log) {

    /** Horizon of MODEL.md §0: t ≤ 24 years (end of 2049). */
    public static final double HORIZON_YEARS = 24.0;

    /** Half-day bins: finer than the one-day resolution the percentiles must have. */
    public static final int TIME_BINS_PER_YEAR = 732;

    public OutputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (!(hi > lo) || bins < 1 || (log && !(lo > 0))) {
            throw new IllegalArgumentException("output '" + name + "': bad histogram range [" + lo + ", " + hi
                    + "] x " + bins + (log ? " (log)" : ""));
        }
    }

    public static OutputSpec time(String name) {
        return new OutputSpec(name, "years", OutputKind.TIME, 0.0, HORIZON_YEARS,
                (int) (HORIZON_YEARS * TIME_BINS_PER_YEAR), false);
    }

    public static OutputSpec indicator(String name) {
        return new OutputSpec(name, "probability", OutputKind.INDICATOR, 0.0, 1.0, 2, false);
    }

    public static OutputSpec value(String name, String unit, double lo, double hi, int bins) {
        return new OutputSpec(name, unit, OutputKind.VALUE, lo, hi, bins, false);
    }

    public static OutputSpec logValue(String name, String unit, double lo, double hi, int bins) {
        return new OutputSpec(name, unit, OutputKind.VALUE, lo, hi, bins, true);
    }
}

package org.euromesh.engine.api;

import java.util.Objects;

/**
 * One model output, how to summarise it, and what it means: everything generic code (statistics,
 * sensitivity, reports) needs to know about it, so that no code ever parses an output's name.
 *
 * @param name       unique name, e.g. {@code 405B.t_fed}; an identifier, not for display
 * @param label      what a person reads, e.g. {@code 405B: federation trains it}
 * @param unit       e.g. {@code years}, {@code MWh}
 * @param kind       time, indicator or value
 * @param lo         histogram lower edge (TIME: 0)
 * @param hi         histogram upper edge (TIME: the output's horizon, where it is censored)
 * @param bins       number of histogram bins
 * @param log        true for log-spaced bins (positive values spanning decades: energy, cost)
 * @param difference for a derived output {@code minuend − subtrahend} of two TIME outputs (a lead),
 *                   their names; null otherwise
 * @param discrete   VALUE only: every value lies on a bin centre (counts, ranks), so percentiles
 *                   are bin centres too — the smallest centre k with F(k) ≥ p — not interpolated
 */
public record OutputSpec(String name, String label, String unit, OutputKind kind, double lo, double hi, int bins,
                         boolean log, Difference difference, boolean discrete) {

    /** Half-day bins: finer than the one-day resolution the percentiles must have. */
    public static final int TIME_BINS_PER_YEAR = 732;

    /**
     * A derived output that is the difference of two TIME outputs of the same model. When either
     * side is censored the model writes the difference with the censored side at +infinity, and
     * analyses that need a finite number recompute it with both sides clipped to their horizons.
     *
     * @param minuend    name of the TIME output subtracted from
     * @param subtrahend name of the TIME output subtracted
     */
    public record Difference(String minuend, String subtrahend) {

        public Difference {
            Objects.requireNonNull(minuend, "minuend");
            Objects.requireNonNull(subtrahend, "subtrahend");
        }
    }

    public OutputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("output name must not be blank");
        }
        if (!(hi > lo) || bins < 1 || (log && !(lo > 0))) {
            throw new IllegalArgumentException("output '" + name + "': bad histogram range [" + lo + ", " + hi
                    + "] x " + bins + (log ? " (log)" : ""));
        }
        if (kind == OutputKind.TIME && !(lo == 0.0 && Double.isFinite(hi))) {
            throw new IllegalArgumentException("output '" + name + "': a TIME output spans [0, horizon], got ["
                    + lo + ", " + hi + "]");
        }
        if (difference != null && kind != OutputKind.VALUE) {
            throw new IllegalArgumentException("output '" + name + "': only a VALUE output can be a difference");
        }
        if (discrete && (kind != OutputKind.VALUE || log || difference != null)) {
            throw new IllegalArgumentException("output '" + name + "': only a linear, non-derived VALUE output can be "
                    + "discrete");
        }
    }

    /** The record without the discrete flag (every output but counts and ranks). */
    public OutputSpec(String name, String label, String unit, OutputKind kind, double lo, double hi, int bins,
                      boolean log, Difference difference) {
        this(name, label, unit, kind, lo, hi, bins, log, difference, false);
    }

    /**
     * A time from the start of the run, censored after {@code horizon} (same unit as the time),
     * summarised at {@link #TIME_BINS_PER_YEAR} bins per unit.
     */
    public static OutputSpec time(String name, double horizon) {
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("output '" + name + "': the horizon must be finite and > 0, got "
                    + horizon);
        }
        long bins = (long) Math.ceil(horizon * TIME_BINS_PER_YEAR);
        if (bins > 10_000_000L) {
            throw new IllegalArgumentException("output '" + name + "': horizon " + horizon + " needs " + bins
                    + " histogram bins; at most 10,000,000");
        }
        return new OutputSpec(name, name, "years", OutputKind.TIME, 0.0, horizon, (int) bins, false, null);
    }

    public static OutputSpec indicator(String name) {
        return new OutputSpec(name, name, "probability", OutputKind.INDICATOR, 0.0, 1.0, 2, false, null);
    }

    public static OutputSpec value(String name, String unit, double lo, double hi, int bins) {
        return new OutputSpec(name, name, unit, OutputKind.VALUE, lo, hi, bins, false, null);
    }

    public static OutputSpec logValue(String name, String unit, double lo, double hi, int bins) {
        return new OutputSpec(name, name, unit, OutputKind.VALUE, lo, hi, bins, true, null);
    }

    /** {@code minuend − subtrahend} of two TIME outputs, with linear bins over [lo, hi]. */
    public static OutputSpec difference(String name, String unit, String minuend, String subtrahend, double lo,
                                        double hi, int bins) {
        return new OutputSpec(name, name, unit, OutputKind.VALUE, lo, hi, bins, false,
                new Difference(minuend, subtrahend));
    }

    /** The same output with a display label. */
    public OutputSpec withLabel(String newLabel) {
        return new OutputSpec(name, newLabel, unit, kind, lo, hi, bins, log, difference, discrete);
    }

    /**
     * The same output with values on its bin centres (site counts on unit bins centred on the
     * integers, ranks on half-rank bins): its percentiles are bin centres, not interpolations.
     */
    public OutputSpec asDiscrete() {
        return new OutputSpec(name, label, unit, kind, lo, hi, bins, log, difference, true);
    }

    /** TIME: where the output is censored; NaN for other kinds. */
    public double horizon() {
        return kind == OutputKind.TIME ? hi : Double.NaN;
    }

    /** True for a derived difference of two TIME outputs (see {@link Difference}). */
    public boolean isDifference() {
        return difference != null;
    }
}

package org.euromesh.engine.sensitivity;

import java.util.List;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;

/**
 * One model output as the sensitivity methods see it: a finite number per path, with censored
 * values clipped and flagged rather than turned into infinities or NaN.
 *
 * <ul>
 *   <li>{@link OutputKind#TIME}: a value above the output's horizon, +infinity or NaN is censored
 *       and clipped to the horizon.</li>
 *   <li>A derived difference ({@link OutputSpec#difference()}) of two TIME outputs A − B is
 *       recomputed, when either side is censored, as {@code min(A, H_A) - min(B, H_B)}: the
 *       difference measured with both times clipped to their horizons (a lower bound on its size
 *       for censored paths).</li>
 *   <li>Any other {@code VALUE}: ±infinity is clipped to the declared histogram range
 *       {@code [lo, hi]} and flagged.</li>
 *   <li>NaN in an INDICATOR or VALUE output is a model bug and fails loudly.</li>
 * </ul>
 */
public final class Response {

    private enum Rule { TIME, LEAD, INDICATOR, VALUE }

    private final String name;
    private final Rule rule;
    private final int index;
    private final int fedIndex;
    private final int campusIndex;
    private final double lo;
    private final double hi;
    /** TIME: the output's horizon; LEAD: the subtrahend's ({@code fedIndex}) horizon. */
    private final double horizon;
    /** LEAD: the minuend's ({@code campusIndex}) horizon. */
    private final double minuendHorizon;

    private Response(String name, Rule rule, int index, int fedIndex, int campusIndex, double lo, double hi,
                     double horizon, double minuendHorizon) {
        this.name = name;
        this.rule = rule;
        this.index = index;
        this.fedIndex = fedIndex;
        this.campusIndex = campusIndex;
        this.lo = lo;
        this.hi = hi;
        this.horizon = horizon;
        this.minuendHorizon = minuendHorizon;
    }

    /** The output {@code name} of {@code model} under these rules. */
    public static Response resolve(Model model, String name) {
        List<OutputSpec> outs = model.outputs();
        int i = indexOf(outs, name);
        if (i < 0) {
            throw new IllegalArgumentException("model has no output '" + name + "'; outputs: "
                    + outs.stream().map(OutputSpec::name).toList());
        }
        OutputSpec spec = outs.get(i);
        switch (spec.kind()) {
            case TIME:
                return new Response(name, Rule.TIME, i, -1, -1, 0, spec.horizon(), spec.horizon(), Double.NaN);
            case INDICATOR:
                return new Response(name, Rule.INDICATOR, i, -1, -1, 0, 1, Double.NaN, Double.NaN);
            default:
                if (spec.isDifference()) {
                    int minuend = indexOf(outs, spec.difference().minuend());
                    int subtrahend = indexOf(outs, spec.difference().subtrahend());
                    if (minuend < 0 || subtrahend < 0 || outs.get(minuend).kind() != OutputKind.TIME
                            || outs.get(subtrahend).kind() != OutputKind.TIME) {
                        throw new IllegalArgumentException("output '" + name + "' is declared the difference of "
                                + spec.difference() + ", which are not both TIME outputs of the model");
                    }
                    return new Response(name, Rule.LEAD, i, subtrahend, minuend, spec.lo(), spec.hi(),
                            outs.get(subtrahend).horizon(), outs.get(minuend).horizon());
                }
                return new Response(name, Rule.VALUE, i, -1, -1, spec.lo(), spec.hi(), Double.NaN, Double.NaN);
        }
    }

    /** {@link #resolve(Model, String)} of each name, in order. */
    public static Response[] resolve(Model model, List<String> names) {
        Response[] r = new Response[names.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = resolve(model, names.get(k));
        }
        return r;
    }

    private static int indexOf(List<OutputSpec> outs, String name) {
        for (int i = 0; i < outs.size(); i++) {
            if (outs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public String name() {
        return name;
    }

    boolean isIndicator() {
        return rule == Rule.INDICATOR;
    }

    /** Indicator outputs whose rarer value occurs on fewer sampled paths than this get a warning. */
    static final int RARE_EVENT_PATHS = SobolIndices.RARE_EVENT_PATHS;

    /**
     * A warning when an indicator's rarer value occurred on only a handful of the {@code n} sampled
     * paths ({@code ones} of them were 1), else null. Indices of such an output rest on those few paths.
     */
    static String rareEventWarning(String output, long ones, long n) {
        long minority = Math.min(ones, n - ones);
        if (minority > 0 && minority < RARE_EVENT_PATHS) {
            return "output '" + output + "' took its rarer value on only " + minority + " of " + n
                    + " sampled paths: its indices rest on those few paths and are unreliable";
        }
        return null;
    }

    private static boolean censoredAt(double t, double horizon) {
        return !(t <= horizon);
    }

    private static double clipAt(double t, double horizon) {
        return t <= horizon ? t : horizon;
    }

    /** TIME: the output's horizon; a derived difference: its subtrahend's; otherwise NaN. */
    double horizon() {
        return horizon;
    }

    /** {@link #horizon} as a person writes it: {@code 24}, {@code 24.5}. */
    String horizonText() {
        return java.math.BigDecimal.valueOf(horizon).stripTrailingZeros().toPlainString();
    }

    /** True when this path's value was clipped (censored). */
    public boolean censored(double[] y) {
        switch (rule) {
            case TIME:
                return censoredAt(y[index], horizon);
            case LEAD:
                return censoredAt(y[fedIndex], horizon) || censoredAt(y[campusIndex], minuendHorizon);
            case VALUE:
                return Double.isInfinite(y[index]);
            default:
                return false;
        }
    }

    /** The (clipped) value: always finite. */
    public double value(double[] y) {
        double v = y[index];
        switch (rule) {
            case TIME:
                return clipAt(v, horizon);
            case LEAD: {
                double f = y[fedIndex];
                double c = y[campusIndex];
                if (censoredAt(f, horizon) || censoredAt(c, minuendHorizon)) {
                    return clipAt(c, minuendHorizon) - clipAt(f, horizon);
                }
                return checkFinite(v);
            }
            case INDICATOR:
                return checkFinite(v);
            default:
                if (v == Double.POSITIVE_INFINITY) {
                    return hi;
                }
                if (v == Double.NEGATIVE_INFINITY) {
                    return lo;
                }
                return checkFinite(v);
        }
    }

    private double checkFinite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("model output '" + name + "' is " + v
                    + "; sensitivity analysis needs finite values (or censored TIME outputs)");
        }
        return v;
    }
}

package org.euromesh.engine.sensitivity;

import java.util.List;
import org.euromesh.engine.Model;
import org.euromesh.engine.OutputKind;
import org.euromesh.engine.OutputSpec;

/**
 * One model output as the sensitivity methods see it: a finite number per path, with censored
 * values clipped and flagged rather than turned into infinities or NaN.
 *
 * <ul>
 *   <li>{@link OutputKind#TIME}: a value above the horizon (24 y), +infinity or NaN is censored
 *       ("after 2049") and clipped to the horizon.</li>
 *   <li>A {@code VALUE} output {@code T.lead} with sibling TIME outputs {@code T.t_fed} and
 *       {@code T.t_campus} is recomputed, when either side is censored, as
 *       {@code min(t_campus, H) - min(t_fed, H)}: the lead measured with both dates clipped to the
 *       horizon (a lower bound on |lead| for censored paths).</li>
 *   <li>Any other {@code VALUE}: ±infinity is clipped to the declared histogram range
 *       {@code [lo, hi]} and flagged.</li>
 *   <li>NaN in an INDICATOR or VALUE output is a model bug and fails loudly.</li>
 * </ul>
 */
final class Response {

    static final double HORIZON = OutputSpec.HORIZON_YEARS;

    private enum Rule { TIME, LEAD, INDICATOR, VALUE }

    private final String name;
    private final Rule rule;
    private final int index;
    private final int fedIndex;
    private final int campusIndex;
    private final double lo;
    private final double hi;

    private Response(String name, Rule rule, int index, int fedIndex, int campusIndex, double lo, double hi) {
        this.name = name;
        this.rule = rule;
        this.index = index;
        this.fedIndex = fedIndex;
        this.campusIndex = campusIndex;
        this.lo = lo;
        this.hi = hi;
    }

    static Response resolve(Model model, String name) {
        List<OutputSpec> outs = model.outputs();
        int i = indexOf(outs, name);
        if (i < 0) {
            throw new IllegalArgumentException("model has no output '" + name + "'; outputs: "
                    + outs.stream().map(OutputSpec::name).toList());
        }
        OutputSpec spec = outs.get(i);
        switch (spec.kind()) {
            case TIME:
                return new Response(name, Rule.TIME, i, -1, -1, 0, HORIZON);
            case INDICATOR:
                return new Response(name, Rule.INDICATOR, i, -1, -1, 0, 1);
            default:
                if (name.endsWith(".lead")) {
                    String stem = name.substring(0, name.length() - ".lead".length());
                    int fed = indexOf(outs, stem + ".t_fed");
                    int campus = indexOf(outs, stem + ".t_campus");
                    if (fed >= 0 && campus >= 0 && outs.get(fed).kind() == OutputKind.TIME
                            && outs.get(campus).kind() == OutputKind.TIME) {
                        return new Response(name, Rule.LEAD, i, fed, campus, spec.lo(), spec.hi());
                    }
                }
                return new Response(name, Rule.VALUE, i, -1, -1, spec.lo(), spec.hi());
        }
    }

    static Response[] resolve(Model model, List<String> names) {
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

    String name() {
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

    private static boolean timeCensored(double t) {
        return !(t <= HORIZON);
    }

    private static double clipTime(double t) {
        return t <= HORIZON ? t : HORIZON;
    }

    /** True when this path's value was clipped (censored). */
    boolean censored(double[] y) {
        switch (rule) {
            case TIME:
                return timeCensored(y[index]);
            case LEAD:
                return timeCensored(y[fedIndex]) || timeCensored(y[campusIndex]);
            case VALUE:
                return Double.isInfinite(y[index]);
            default:
                return false;
        }
    }

    /** The (clipped) value: always finite. */
    double value(double[] y) {
        double v = y[index];
        switch (rule) {
            case TIME:
                return clipTime(v);
            case LEAD: {
                double f = y[fedIndex];
                double c = y[campusIndex];
                if (timeCensored(f) || timeCensored(c)) {
                    return clipTime(c) - clipTime(f);
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

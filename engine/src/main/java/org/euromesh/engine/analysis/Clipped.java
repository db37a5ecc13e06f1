package org.euromesh.engine.analysis;

import java.util.List;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;

/**
 * Model outputs as finite numbers, with the sensitivity analyses' rules: a TIME after its
 * horizon (or +∞/NaN) is clipped to the horizon; a derived difference of two TIME outputs is
 * recomputed with both sides clipped, {@code min(A, H_A) − min(B, H_B)}, so a censored side does
 * not turn it into a constant; any other ±∞ is clipped to the declared histogram range. NaN in an
 * indicator or value is a model bug and fails. Immutable; {@link #value} allocates nothing.
 */
final class Clipped {

    private final OutputSpec spec;
    private final int index;
    private final int minuend;
    private final int subtrahend;
    private final double minuendHorizon;
    private final double subtrahendHorizon;

    private Clipped(OutputSpec spec, int index, int minuend, int subtrahend, double hm, double hs) {
        this.spec = spec;
        this.index = index;
        this.minuend = minuend;
        this.subtrahend = subtrahend;
        this.minuendHorizon = hm;
        this.subtrahendHorizon = hs;
    }

    static Clipped of(Model model, String name) {
        List<OutputSpec> specs = model.outputs();
        int i = indexOf(specs, name);
        if (i < 0) {
            throw new IllegalArgumentException("model has no output '" + name + "'");
        }
        OutputSpec s = specs.get(i);
        if (s.isDifference()) {
            int m = indexOf(specs, s.difference().minuend());
            int b = indexOf(specs, s.difference().subtrahend());
            if (m < 0 || b < 0 || specs.get(m).kind() != OutputKind.TIME || specs.get(b).kind() != OutputKind.TIME) {
                throw new IllegalArgumentException("output '" + name + "' is declared the difference of "
                        + s.difference() + ", which are not both TIME outputs of the model");
            }
            return new Clipped(s, i, m, b, specs.get(m).horizon(), specs.get(b).horizon());
        }
        return new Clipped(s, i, -1, -1, Double.NaN, Double.NaN);
    }

    static Clipped[] of(Model model, List<String> names) {
        Clipped[] c = new Clipped[names.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = of(model, names.get(k));
        }
        return c;
    }

    /** True when this path's value had to be clipped. */
    boolean censored(double[] y) {
        if (minuend >= 0) {
            return !(y[minuend] <= minuendHorizon) || !(y[subtrahend] <= subtrahendHorizon);
        }
        double v = y[index];
        return spec.kind() == OutputKind.TIME ? !(v <= spec.horizon()) : Double.isInfinite(v);
    }

    /** The clipped value: always finite. */
    double value(double[] y) {
        if (minuend >= 0) {
            return clip(y[minuend], minuendHorizon) - clip(y[subtrahend], subtrahendHorizon);
        }
        double v = y[index];
        if (spec.kind() == OutputKind.TIME) {
            return clip(v, spec.horizon());
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? spec.hi() : spec.lo();
        }
        if (Double.isNaN(v)) {
            throw new IllegalStateException("model output '" + spec.name() + "' is NaN");
        }
        return v;
    }

    private static double clip(double t, double h) {
        return t <= h ? t : h;
    }

    private static int indexOf(List<OutputSpec> specs, String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}

package org.euromesh.distributions;

import java.util.StringJoiner;

/** Formatting of canonical spec text: numbers print so that {@link SpecParser} reads back the same double. */
final class Specs {
    private Specs() {
    }

    static String num(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == 0 && 1 / v < 0) {
            return "-0.0";
        }
        // Integers print without ".0" (pert(2, 8.4, 10)); Double.toString round-trips exactly otherwise.
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String call(String name, double... args) {
        StringJoiner j = new StringJoiner(", ", name + "(", ")");
        for (double a : args) {
            j.add(num(a));
        }
        return j.toString();
    }

    static String list(double[] values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double a : values) {
            j.add(num(a));
        }
        return j.toString();
    }
}

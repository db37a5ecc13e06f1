package org.euromesh.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Pert;
import org.euromesh.distributions.Triangular;

/**
 * The rule that keeps a parameter's two values from disagreeing silently (docs/MODEL.md §0):
 * a {@code central} given with an explicit, non-fixed {@code distribution} must be one of that
 * distribution's own summaries — its mode (PERT, triangular), median or mean — to within
 * {@value #TOLERANCE} of its range. Otherwise editing the central alone would change the
 * deterministic run and leave every Monte Carlo number as it was, without a word; the loader
 * refuses the pair instead, with file:line and the distribution that would follow the edit.
 * (Policy-derived and fixed distributions are built from the central, so they always agree.)
 */
final class CentralRule {

    /** Share of the distribution's range (P0.5–P99.5 if unbounded) a central may sit from a summary. */
    static final double TOLERANCE = 0.01;

    private CentralRule() {
    }

    static void check(String name, double central, Distribution d, String specText, SourceLocation at) {
        double lo = d.lowerBound();
        double hi = d.upperBound();
        if (lo == hi) {
            return;
        }
        double width = Double.isFinite(hi - lo) ? hi - lo : d.quantile(0.995) - d.quantile(0.005);
        double tol = TOLERANCE * width;
        double mode = d instanceof Pert p ? p.mode() : d instanceof Triangular t ? t.mode() : Double.NaN;
        double median = d.quantile(0.5);
        double mean = d.mean();
        if (Math.abs(central - mode) <= tol || Math.abs(central - median) <= tol || Math.abs(central - mean) <= tol) {
            return;
        }
        List<String> summaries = new ArrayList<>();
        if (mode == mode) {
            summaries.add("mode " + Specs.show(mode));
        }
        summaries.add("median " + Specs.show(median));
        summaries.add("mean " + Specs.show(mean));
        throw new ParameterException(at, name, "central " + Specs.show(central) + " is none of the summaries of its "
                + "distribution " + specText + " (" + String.join(", ", summaries) + "), so Monte Carlo runs would "
                + "ignore it; move the distribution with it" + suggestion(central, specText, lo, hi)
                + ", or drop 'distribution:' to derive one from the confidence policy");
    }

    /** A distribution that follows the central, as a central-only scenario overlay would move it. */
    private static String suggestion(double c, String spec, double lo, double hi) {
        String family = Specs.family(spec);
        Map<String, String> named = Specs.namedArgs(spec);
        if (family.equals("pert") && named.containsKey("mean")
                && c >= (5 * lo + hi) / 6 && c <= (lo + 5 * hi) / 6) {
            return " (e.g. pert(min=" + Specs.num(lo) + ", max=" + Specs.num(hi) + ", mean=" + Specs.num(c) + "))";
        }
        if ((family.equals("pert") || family.equals("tri")) && named.isEmpty()) {
            return " (e.g. " + family + "(" + Specs.num(Math.min(lo, c)) + ", " + Specs.num(c) + ", "
                    + Specs.num(Math.max(hi, c)) + "))";
        }
        return "";
    }
}

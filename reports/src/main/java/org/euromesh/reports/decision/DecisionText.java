package org.euromesh.reports.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.euromesh.distributions.Distribution;
import org.euromesh.engine.analysis.Evppi;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.Restriction;
import org.euromesh.engine.analysis.VoiResult;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.sensitivity.Interval;
import org.euromesh.engine.stats.ProbabilityEstimate;
import org.euromesh.reports.summary.BoxInput;
import org.euromesh.reports.summary.DecisionData;
import org.euromesh.reports.summary.DecisionTarget;

/**
 * The findings in words, shared by the commands and the report: each box restriction in the
 * input's own unit (and where it sits in the input's distribution), every share with its 95%
 * interval, value of information in months of expected delay avoided.
 */
public final class DecisionText {

    private static final double MONTHS = 12.0;

    private final Map<String, String> units;
    private final Quantiles quantiles;

    /** Where a value sits in an input's distribution: its CDF there, NaN when unknown. */
    @FunctionalInterface
    interface Quantiles {
        double at(String input, double value);
    }

    private DecisionText(Map<String, String> units, Quantiles quantiles) {
        this.units = units;
        this.quantiles = quantiles;
    }

    /**
     * @param units unit of each input as written in the parameter files
     * @param space the model's inputs (for the quantile a bound sits at)
     */
    public static DecisionText of(Map<String, String> units, InputSpace space) {
        return new DecisionText(Map.copyOf(units), (input, v) -> cdf(space, input, v));
    }

    /**
     * The words of findings read back from a summary: units and bound quantiles as the run stored
     * them, so that 'report' writes what 'run' wrote without the model.
     */
    public static DecisionText of(DecisionData data) {
        Map<String, String> units = new HashMap<>();
        Map<String, Map<Double, Double>> at = new HashMap<>();
        for (DecisionTarget t : data.analysed()) {
            for (int i = 0; i < t.box().size(); i++) {
                BoxInput b = t.box().get(i);
                Restriction r = t.prim().box().get(i);
                units.put(b.input(), b.unit());
                Map<Double, Double> q = at.computeIfAbsent(b.input(), k -> new HashMap<>());
                if (r.hasLower()) {
                    q.put(r.lo(), b.loQuantile());
                }
                if (r.hasUpper()) {
                    q.put(r.hi(), b.hiQuantile());
                }
            }
        }
        return new DecisionText(Map.copyOf(units),
                (input, v) -> at.getOrDefault(input, Map.of()).getOrDefault(v, Double.NaN));
    }

    /** What a summary keeps of the box of {@code r}: each restricted input's unit and bound quantiles. */
    public List<BoxInput> boxInputs(PrimResult r) {
        return r.box().stream().map(b -> new BoxInput(b.input(), units.getOrDefault(b.input(), "-"),
                b.hasLower() ? quantiles.at(b.input(), b.lo()) : Double.NaN,
                b.hasUpper() ? quantiles.at(b.input(), b.hi()) : Double.NaN)).toList();
    }

    /** "tau_mega < 4.8 years (its P12)" and the like. */
    public String restriction(Restriction r) {
        String unit = unit(r.input());
        List<String> parts = new ArrayList<>();
        if (r.hasLower()) {
            parts.add(String.format(Locale.ROOT, "%s > %s%s (its P%s)", r.input(), num(r.lo()), unit, pct(cdf(r.input(), r.lo()))));
        }
        if (r.hasUpper()) {
            parts.add(String.format(Locale.ROOT, "%s < %s%s (its P%s)", r.input(), num(r.hi()), unit, pct(cdf(r.input(), r.hi()))));
        }
        return String.join(" and ", parts);
    }

    /** The box as one conjunction, most important restriction first. */
    public String box(PrimResult r) {
        return String.join(" and ", r.box().stream().map(this::restriction).toList());
    }

    /** The PRIM finding of one target, in words. */
    public String discovery(String target, PrimResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: the campus delivers first on %s of paths (held-out half). ", target,
                share(r.baseRate())));
        if (!r.hasBox()) {
            sb.append("No box of input space is at least twice as dense in campus wins as the whole space: "
                    + "the campus's wins are not concentrated in a describable region.");
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "The campus wins %s of its wins inside: %s; that box holds %s of all paths, "
                + "and inside it the campus wins %s of the time.", share(r.coverage()), box(r), share(r.mass()),
                share(r.density())));
        sb.append(r.significant()
                ? String.format(Locale.ROOT, " Significant on the held-out half (one-sided p %s, below the 0.01 level).", p(r.pValue()))
                : String.format(Locale.ROOT, " NOT significant on the held-out half (one-sided p %s): do not read "
                        + "it as a finding.", p(r.pValue())));
        return sb.toString();
    }

    /** The value-of-information finding of one target, in words. */
    public String voi(String target, VoiResult v) {
        StringBuilder sb = new StringBuilder();
        boolean campus = v.bIsBetter();
        sb.append(String.format(Locale.ROOT, "%s: without more information the better choice is to %s (expected delivery, "
                + "as a decimal year: federation %s %s, campus %s %s). ", target,
                campus ? "wait for the campus" : "federate", year(v.meanLossA()), years(v.meanLossACi()),
                year(v.meanLossB()), years(v.meanLossBCi())));
        sb.append(String.format(Locale.ROOT, "Knowing every input exactly before deciding would avoid %s months of "
                + "expected delay %s (EVPI): on %s of paths the other choice would have been faster. ",
                months(v.evpi()), ci(v.evpiCi(), MONTHS), percent(campus ? 1 - v.bChoiceRate() : v.bChoiceRate())));
        List<Evppi> byValue = new ArrayList<>(v.groups());
        byValue.sort((a, b) -> Double.compare(b.value(), a.value()));
        List<String> parts = new ArrayList<>();
        for (Evppi e : byValue) {
            parts.add(String.format(Locale.ROOT, "%s %s months %s", e.group(), months(e.value()), ci(e.ci(), MONTHS)));
        }
        sb.append("Learning one group exactly (EVPPI): ").append(String.join(", ", parts)).append('.');
        if (!byValue.isEmpty()) {
            Evppi top = byValue.get(0);
            sb.append(String.format(Locale.ROOT, " The value of information is carried by '%s' (%s of the EVPI)",
                    top.group(), v.evpi() > 0 ? percent(top.value() / v.evpi()) : "n/a"));
            sb.append(v.evpi() > 0 && top.value() < 0.9 * v.evpi()
                    ? "; the rest is only worth having with several groups known at once." : ".");
        }
        return sb.toString();
    }

    private static String year(double t) {
        return String.format(Locale.ROOT, "%.2f", 2026 + t);
    }

    private static String years(Interval i) {
        return Double.isNaN(i.lo()) ? "" : String.format(Locale.ROOT, "[%.2f, %.2f]", 2026 + i.lo(), 2026 + i.hi());
    }

    static String months(double years) {
        return String.format(Locale.ROOT, "%.2f", years * MONTHS);
    }

    static String ci(Interval i, double scale) {
        if (Double.isNaN(i.lo())) {
            return "";
        }
        return String.format(Locale.ROOT, "[%.2f, %.2f]", i.lo() * scale, i.hi() * scale);
    }

    static String share(ProbabilityEstimate e) {
        return String.format(Locale.ROOT, "%s [%s, %s]", percent(e.p()), percent(e.lo()),
                percent(e.hi()));
    }

    private String unit(String input) {
        String u = units.getOrDefault(input, "-");
        return u.equals("-") ? "" : " " + u;
    }

    private double cdf(String input, double v) {
        return quantiles.at(input, v);
    }

    private static double cdf(InputSpace space, String input, double v) {
        for (InputSpec in : space.inputs()) {
            if (in.name().equals(input)) {
                Distribution d = in.distribution();
                return d.cdf(v);
            }
        }
        return Double.NaN;
    }

    private static String pct(double p) {
        return Double.isNaN(p) ? "?" : String.format(Locale.ROOT, "%.0f", 100 * p);
    }

    public static String num(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String p(double v) {
        return v < 1e-16 ? "< 1e-16" : v < 1e-4 ? String.format(Locale.ROOT, "= %.1e", v)
                : String.format(Locale.ROOT, "= %.4f", v);
    }

    static String percent(double f) {
        double pc = 100 * f;
        return Math.abs(pc) >= 10 || pc == 0 ? String.format(Locale.ROOT, "%.0f%%", pc)
                : String.format(Locale.ROOT, "%.1f%%", pc);
    }
}

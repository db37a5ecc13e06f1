package org.euromesh.reports.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euromesh.distributions.NormalMath;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;

/**
 * Statistical mode: a rerun with another seed and/or N. Each probability and each percentile
 * must satisfy |new − base| ≤ k·sqrt(se_new² + se_base²).
 *
 * <p>Standard errors come from the 95% intervals the engine reports: se = (hi − lo) / (2·1.96),
 * the Wilson interval for a probability (close to sqrt(p(1−p)/n), and not zero at p = 0 or 1)
 * and the order-statistic interval for a percentile.
 *
 * <p>k is chosen so that a correct program rarely fails: with M compared numbers and a
 * family-wise false-alarm rate α (default 0.001), Bonferroni gives k = Φ⁻¹(1 − α/(2M)), e.g.
 * M = 440 → k ≈ 4.73. Bonferroni is conservative for the correlated percentiles of one output,
 * so the real false-alarm rate is below α. Numbers whose standard error is 0 on both sides
 * (e.g. a percentile in the censored "after 2049" mass) are skipped if equal and fail if not;
 * where an infinite value is involved, the test is whether each value lies in the other's interval.
 */
public final class StatisticalComparison {

    /** Default family-wise false-alarm rate. */
    public static final double DEFAULT_ALPHA = 0.001;

    private static final double Z95 = org.euromesh.engine.stats.ProbabilityEstimate.Z95;

    private StatisticalComparison() {
    }

    /** k = Φ⁻¹(1 − α/(2M)). */
    public static double k(double alpha, int m) {
        if (!(alpha > 0 && alpha < 1) || m < 1) {
            throw new IllegalArgumentException("need 0 < alpha < 1 and M >= 1, got " + alpha + ", " + m);
        }
        return NormalMath.inversePhi(1.0 - alpha / (2.0 * m));
    }

    public static CheckResult compare(Summary baseline, Summary current, double alpha) {
        List<Pair> pairs = new ArrayList<>();
        for (OutputEntry b : baseline.outputs()) {
            OutputEntry c = current.find(b.name()).orElse(null);
            if (b.probability() != null) {
                Probability pc = c == null ? null : c.probability();
                pairs.add(Pair.of(b.name() + ".p", b.probability(), pc));
            }
            for (Percentile q : b.percentiles()) {
                Percentile qc = null;
                if (c != null) {
                    qc = c.percentiles().stream().filter(x -> x.level() == q.level()).findFirst().orElse(null);
                }
                pairs.add(Pair.of(b.name() + "." + label(q.level()), q, qc));
            }
        }
        int m = (int) pairs.stream().filter(p -> !p.skippable()).count();
        double k = k(alpha, Math.max(1, m));
        List<CheckItem> items = pairs.stream().map(p -> p.judge(k)).toList();
        List<String> notes = new ArrayList<>(Notes.of(baseline, current));
        notes.add(String.format(Locale.ROOT, "k = %.3f combined standard errors: Bonferroni over M = %d compared numbers "
                + "at family-wise false-alarm rate alpha = %s, k = Phi^-1(1 - alpha/(2M))", k, m, Numbers.format(alpha)));
        return new CheckResult(CheckMode.STATISTICAL, k, alpha, m, items, notes);
    }

    /** "P5", "P50", "P2.5". */
    static String label(double level) {
        return "P" + Numbers.percentLabel(level);
    }

    /** Percentiles and probabilities: the numbers every check lists. */
    static boolean isHeadlineNumber(String key) {
        return key.matches(".*\\.(p|P[0-9.]+)$");
    }

    /** A baseline value and the rerun's, each with its 95% interval; current is null if missing. */
    private record Pair(String name, double base, double baseLo, double baseHi, double cur, double curLo, double curHi,
                        boolean missing) {

        static Pair of(String name, Probability b, Probability c) {
            return c == null ? missing(name, b.p(), b.lo(), b.hi())
                    : new Pair(name, b.p(), b.lo(), b.hi(), c.p(), c.lo(), c.hi(), false);
        }

        static Pair of(String name, Percentile b, Percentile c) {
            return c == null ? missing(name, b.value(), b.lo(), b.hi())
                    : new Pair(name, b.value(), b.lo(), b.hi(), c.value(), c.lo(), c.hi(), false);
        }

        static Pair missing(String name, double v, double lo, double hi) {
            return new Pair(name, v, lo, hi, Double.NaN, Double.NaN, Double.NaN, true);
        }

        double seBase() {
            return (baseHi - baseLo) / (2 * Z95);
        }

        double seCur() {
            return (curHi - curLo) / (2 * Z95);
        }

        boolean skippable() {
            return !missing && seBase() == 0 && seCur() == 0 && Double.compare(base, cur) == 0
                    || !missing && base == cur && Double.isInfinite(base);
        }

        CheckItem judge(double k) {
            if (missing) {
                return new CheckItem(name, Numbers.format(base), "(missing)", "-", CheckItem.Status.FAIL);
            }
            if (skippable()) {
                return new CheckItem(name, Numbers.format(base), Numbers.format(cur), "se 0 both sides",
                        CheckItem.Status.SKIP);
            }
            if (Double.isNaN(base) || Double.isNaN(cur)) {
                boolean ok = Double.isNaN(base) && Double.isNaN(cur);
                return new CheckItem(name, Numbers.format(base), Numbers.format(cur), "NaN both",
                        ok ? CheckItem.Status.PASS : CheckItem.Status.FAIL);
            }
            if (Double.isInfinite(base) || Double.isInfinite(cur)) {
                // "after 2049" on one side: pass only if each value lies in the other's interval.
                boolean ok = base >= curLo && base <= curHi && cur >= baseLo && cur <= baseHi;
                return new CheckItem(name, Numbers.format(base), Numbers.format(cur),
                        "[" + Numbers.format(baseLo) + ", " + Numbers.format(baseHi) + "] (interval)",
                        ok ? CheckItem.Status.PASS : CheckItem.Status.FAIL);
            }
            double allowed = k * Math.hypot(seBase(), seCur());
            boolean ok = Math.abs(cur - base) <= allowed;
            String band = "[" + Numbers.format(base - allowed) + ", " + Numbers.format(base + allowed) + "]";
            return new CheckItem(name, Numbers.format(base), Numbers.format(cur), band,
                    ok ? CheckItem.Status.PASS : CheckItem.Status.FAIL);
        }
    }
}

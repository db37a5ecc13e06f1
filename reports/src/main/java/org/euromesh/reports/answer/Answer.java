package org.euromesh.reports.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.euromesh.engine.sensitivity.SobolIndex;
import org.euromesh.engine.sensitivity.SobolOutput;
import org.euromesh.model.Outputs;
import org.euromesh.reports.CalendarMonth;
import org.euromesh.reports.format.DisplayNames;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TargetInfo;

/**
 * The answer to the question in plain sentences, from a {@link Summary}: the first thing the
 * report and the terminal show. Contested targets come first; the near-certain ones are
 * summarised by how many paths they hold on, so "P = 1" reads as what it is, a count.
 */
public final class Answer {

    /** The question, as the report's title and the terminal's first line ask it. */
    public static final String QUESTION = "Can Europe train a frontier-class AI model sooner by federating compute it "
            + "already owns or can connect quickly than by waiting for a new 1 GW campus to get grid power?";

    /**
     * A target is near-certain when its 95% interval of P(federation first) lies entirely above
     * this or below 1 minus it: the race is then decided on all but a few paths in a thousand.
     */
    static final double NEAR_CERTAIN = 0.99;

    private Answer() {
    }

    /** True when the race for {@code target} is not decided on (nearly) every path. */
    public static boolean contested(Summary s, String target) {
        Probability p = s.output(Outputs.win(target)).probability();
        return !(p.lo() >= NEAR_CERTAIN || p.hi() <= 1 - NEAR_CERTAIN);
    }

    /** The contested targets, closest race first. */
    public static List<String> contestedTargets(Summary s) {
        return s.metadata().targets().stream().map(TargetInfo::name).filter(t -> contested(s, t))
                .sorted(Comparator.comparingDouble(t -> Math.abs(s.output(Outputs.win(t)).probability().p() - 0.5)))
                .toList();
    }

    /** The target the first screen's chart shows: the closest contested race, else the headline. */
    public static String leadTarget(Summary s) {
        List<String> c = contestedTargets(s);
        return c.isEmpty() ? s.metadata().headlineTarget() : c.get(0);
    }

    /** One sentence per contested target, then one per group of near-certain targets. */
    public static List<String> sentences(Summary s) {
        List<String> out = new ArrayList<>();
        for (String t : contestedTargets(s)) {
            out.add(contestedSentence(s, t));
        }
        List<String> allWin = new ArrayList<>();
        List<String> allLose = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (TargetInfo ti : s.metadata().targets()) {
            String t = ti.name();
            if (contested(s, t)) {
                continue;
            }
            Probability p = s.output(Outputs.win(t)).probability();
            if (p.successes() == p.n()) {
                allWin.add(t);
            } else if (p.successes() == 0) {
                allLose.add(t);
            } else {
                rest.add(t);
            }
        }
        long n = s.metadata().samples();
        if (!allWin.isEmpty()) {
            Probability p = s.output(Outputs.win(allWin.get(0))).probability();
            out.add(String.format(Locale.ROOT, "%s: the federation trains %s before the campus on all %s paths "
                    + "(95%% interval of P: %s to 1); %s.", join(allWin), allWin.size() == 1 ? "it" : "each",
                    Numbers.count(n), Numbers.probabilityValue(p.lo(), p.lo(), p.hi()), medians(s, allWin)));
        }
        for (String t : rest) {
            Probability p = s.output(Outputs.win(t)).probability();
            boolean fed = p.p() >= 0.5;
            out.add(String.format(Locale.ROOT, "%s: the %s trains it first on %s of %s paths (P(federation first) = %s); "
                    + "%s.", name(s, t), fed ? "federation" : "campus", Numbers.count(fed ? p.successes() : p.n() - p.successes()),
                    Numbers.count(p.n()), Numbers.probability(p.p(), p.lo(), p.hi()), medians(s, List.of(t))));
        }
        if (!allLose.isEmpty()) {
            out.add(String.format(Locale.ROOT, "%s: the campus trains %s first on all %s paths.", join(allLose),
                    allLose.size() == 1 ? "it" : "each", Numbers.count(n)));
        }
        return out;
    }

    private static String contestedSentence(Summary s, String t) {
        Probability p = s.output(Outputs.win(t)).probability();
        OutputEntry lead = s.output(Outputs.lead(t));
        return String.format(Locale.ROOT, "%s: the federation trains it before the campus with probability %s "
                + "(95%% interval), on %s of %s paths.%s Medians: federation %s, campus %s; the federation's median "
                + "lead is %s years.", name(s, t), Numbers.probability(p.p(), p.lo(), p.hi()), Numbers.count(p.successes()),
                Numbers.count(p.n()), methodRisk(s, t), median(s.output(Outputs.tFed(t))),
                median(s.output(Outputs.tCampus(t))), years(lead.percentile(0.5).value()));
    }

    /**
     * " Low-communication training fails at this size on 28.1% of paths; where it works, P = 0.915
     * [0.912, 0.917]." when the model has the method-failure risk at this target; else empty.
     */
    private static String methodRisk(Summary s, String t) {
        Optional<OutputEntry> failed = s.find(Outputs.methodFailed(t));
        Optional<OutputEntry> works = s.find(Outputs.winIfMethodWorks(t));
        if (failed.isEmpty() || works.isEmpty() || failed.get().probability() == null
                || works.get().probability() == null || !(failed.get().probability().p() > 0)) {
            return "";
        }
        Probability f = failed.get().probability();
        Probability w = works.get().probability();
        return String.format(Locale.ROOT, " Low-communication training fails at this size on %.1f%% of paths; where it "
                + "works, P(federation first) = %s.", 100 * f.p(), Numbers.probability(w.p(), w.lo(), w.hi()));
    }

    /** Years to 0.01 (a few days), "after 2049" when censored. */
    private static String years(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "after 2049" : "-inf";
        }
        return Double.isNaN(v) ? "n/a" : Numbers.format(Math.round(v * 100.0) / 100.0);
    }

    /** "medians: federation Sep 2027 to Jun 2029, campus Jul 2034 to Aug 2034" over a group. */
    private static String medians(Summary s, List<String> targets) {
        String fed = range(s, targets, Outputs::tFed);
        String campus = range(s, targets, Outputs::tCampus);
        return "median dates: federation " + fed + ", campus " + campus;
    }

    private static String range(Summary s, List<String> targets, java.util.function.Function<String, String> output) {
        String first = median(s.output(output.apply(targets.get(0))));
        String last = median(s.output(output.apply(targets.get(targets.size() - 1))));
        return first.equals(last) ? first : first + " to " + last;
    }

    private static String median(OutputEntry time) {
        return CalendarMonth.of(time.percentile(0.5).value(), time.horizon());
    }

    private static String name(Summary s, String t) {
        return s.metadata().targets().stream().filter(x -> x.name().equals(t)).findFirst()
                .map(x -> DisplayNames.target(t, x.computeFlop())).orElse(t);
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The top drivers of {@code target} in words, from the summary's sensitivity data: of whether
     * the federation wins when that varies on enough paths, else of the lead. Empty without data.
     */
    public static Optional<String> drivers(Summary s, String target) {
        if (s.sensitivity() == null || s.sensitivity().result().sobol() == null) {
            return Optional.empty();
        }
        for (String output : List.of(Outputs.win(target), Outputs.lead(target))) {
            Optional<SobolOutput> o = s.sensitivity().result().sobol().outputs().stream()
                    .filter(x -> x.output().equals(output) && x.estimable()).findFirst();
            if (o.isEmpty()) {
                continue;
            }
            List<SobolIndex> groups = o.get().groups().stream()
                    .sorted(Comparator.comparingDouble(SobolIndex::total).reversed()).limit(3).toList();
            List<SobolIndex> inputs = o.get().byTotal().stream().filter(i -> !i.group()).limit(3).toList();
            String what = output.endsWith(".win") ? "Whether the federation wins " + target : "The lead on " + target;
            StringBuilder b = new StringBuilder(what + " depends most on the ");
            b.append(list(inputs, true));
            if (!groups.isEmpty()) {
                b.append("; by group of inputs, on ").append(list(groups, false));
            }
            b.append(String.format(Locale.ROOT, " (total Sobol indices: the share of the variance each explains with its "
                    + "interactions, 95%% intervals; N = %d).", s.sensitivity().result().settings().sobolSamples()));
            return Optional.of(b.toString());
        }
        return Optional.empty();
    }

    private static String list(List<SobolIndex> xs, boolean inputs) {
        List<String> parts = new ArrayList<>();
        for (SobolIndex i : xs) {
            parts.add(String.format(Locale.ROOT, "%s (%.2f [%.2f, %.2f])", inputs ? DisplayNames.input(i.factor()) : i.factor(),
                    i.total(), i.totalCi().lo(), i.totalCi().hi()));
        }
        return String.join(", ", parts);
    }
}

package org.euromesh.reports.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.stats.Histogram;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.ProbabilityEstimate;
import org.euromesh.model.Outputs;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.ReportSection;

/**
 * Threshold questions: P(a side has delivered by 31 December of a year), from the run's own
 * delivery-time histograms. Times are years from 1 January 2026, so the end of year Y is
 * t = Y + 1 − 2026, a bin edge of the TIME histograms ({@code OutputSpec.TIME_BINS_PER_YEAR} whole
 * bins a year, when the horizon is a whole number of bins): the count below it is exact, not
 * interpolated (otherwise it stops at the last edge below t). Intervals are 95% Wilson; censored paths count as not delivered.
 */
public final class DeliveryByYear {

    public static final int BASE_YEAR = 2026;
    public static final int FIRST_YEAR = 2027;
    public static final int LAST_YEAR = 2040;
    public static final String TITLE = "Delivered by the end of each year";

    private DeliveryByYear() {
    }

    /** P(output ≤ end of {@code year}) over the run's paths. */
    public static ProbabilityEstimate byEndOf(RunResult r, String timeOutput, int year) {
        OutputSummary s = r.output(timeOutput);
        double t = year + 1 - BASE_YEAR;
        Histogram h = s.histogram();
        long below = h.underflow();
        for (int b = 0; b < h.bins(); b++) {
            // The bin's upper edge at or below t (a hair of tolerance for the edge's rounding).
            if (h.edge(b + 1) <= t + 1e-9) {
                below += h.count(b);
            } else {
                break;
            }
        }
        return ProbabilityEstimate.wilson(below, s.n());
    }

    /** Checks a --by year: inside the horizon and not before the start. */
    public static void check(int year, double horizon) {
        int last = BASE_YEAR + (int) Math.floor(horizon) - 1;
        if (year < BASE_YEAR || year > last) {
            throw new IllegalArgumentException("--by must be a year from " + BASE_YEAR + " to " + last
                    + " (the horizon ends with " + last + "), got " + year);
        }
    }

    /** One table per target: the years 2027–2040 (within the horizon), federation and campus. */
    public static ReportSection section(RunResult r, List<String> targets, double horizon) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("P(the run has finished by 31 December of each year) for each side, 95% Wilson "
                + "intervals in brackets; paths that never finish count as not delivered. The S-curve chart shows "
                + "the same for the headline target at every date."));
        int last = Math.min(LAST_YEAR, BASE_YEAR + (int) Math.floor(horizon) - 1);
        for (String t : targets) {
            List<List<String>> rows = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= last; y++) {
                ProbabilityEstimate f = byEndOf(r, Outputs.tFed(t), y);
                ProbabilityEstimate c = byEndOf(r, Outputs.tCampus(t), y);
                rows.add(List.of(Integer.toString(y), p(f), p(c)));
            }
            blocks.add(new Block.Heading(3, t));
            blocks.add(new Block.Table(List.of("by end of", "federation has delivered", "campus has delivered"), rows));
        }
        return new ReportSection(TITLE, blocks, List.of());
    }

    /**
     * {@link #section(RunResult, List, double)} from a summary alone (so that 'report' rebuilds it):
     * its time histograms have whole-month bins, so the end of each year is a bin edge and the
     * counts are those of the run's own histograms.
     */
    public static ReportSection section(org.euromesh.reports.summary.Summary s) {
        List<String> targets = s.metadata().targets().stream().map(org.euromesh.reports.summary.TargetInfo::name).toList();
        double horizon = s.output(Outputs.tFed(targets.get(0))).horizon();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("P(the run has finished by 31 December of each year) for each side, 95% Wilson "
                + "intervals in brackets; paths that never finish count as not delivered. The S-curve chart shows "
                + "the same for the headline target at every date."));
        int last = Math.min(LAST_YEAR, BASE_YEAR + (int) Math.floor(horizon) - 1);
        for (String t : targets) {
            List<List<String>> rows = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= last; y++) {
                rows.add(List.of(Integer.toString(y), p(byEndOf(s.output(Outputs.tFed(t)), y)),
                        p(byEndOf(s.output(Outputs.tCampus(t)), y))));
            }
            blocks.add(new Block.Heading(3, t));
            blocks.add(new Block.Table(List.of("by end of", "federation has delivered", "campus has delivered"), rows));
        }
        return new ReportSection(TITLE, blocks, List.of());
    }

    /** P(output ≤ end of {@code year}) from a summary's coarse histogram. */
    static ProbabilityEstimate byEndOf(org.euromesh.reports.summary.OutputEntry o, int year) {
        double t = year + 1 - BASE_YEAR;
        org.euromesh.reports.summary.CoarseHistogram h = o.histogram();
        long below = h.underflow();
        for (int b = 0; b < h.bins(); b++) {
            if (h.edge(b + 1) <= t + 1e-9) {
                below += h.counts().get(b);
            } else {
                break;
            }
        }
        return ProbabilityEstimate.wilson(below, o.n());
    }

    static String p(ProbabilityEstimate e) {
        return Numbers.probability(e.p(), e.lo(), e.hi());
    }

    /** The lines {@code euromesh run --by YEAR} prints. */
    public static String lines(RunResult r, List<String> targets, int year) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%nDelivered by 31 December %d (95%% Wilson interval):%n  %-14s %-33s %s%n", year, "target",
                "federation has delivered", "campus has delivered"));
        for (String t : targets) {
            sb.append(String.format(Locale.ROOT, "  %-14s %-33s %s%n", t, p(byEndOf(r, Outputs.tFed(t), year)),
                    p(byEndOf(r, Outputs.tCampus(t), year))));
        }
        return sb.toString();
    }
}

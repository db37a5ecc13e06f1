package org.euromesh.reports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.euromesh.model.Outputs;
import org.euromesh.reports.CalendarMonth;
import org.euromesh.reports.summary.OutputEntry;
import org.euromesh.reports.summary.Percentile;
import org.euromesh.reports.summary.Probability;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.TargetInfo;

/**
 * The report's tables, built from a {@link Summary} only. Times are in years from 2026-01-01,
 * with calendar months beside them; {@code Infinity} means after 2049 (or above a histogram's
 * range); an empty cell means not applicable.
 */
public final class ReportTables {

    private ReportTables() {
    }

    /** Every percentile of every output: output, level, value, lo, hi (95% order-statistic interval). */
    public static Table percentiles(Summary s) {
        TableBuilder b = new TableBuilder("percentiles").text("output").text("unit").number("level").number("value")
                .number("lo").number("hi");
        for (OutputEntry o : s.outputs()) {
            for (Percentile p : o.percentiles()) {
                b.row(o.name(), o.unit(), p.level(), p.value(), p.lo(), p.hi());
            }
        }
        return b.build();
    }

    /** Every probability: indicators, and for times P(by end of 2049). */
    public static Table probabilities(Summary s) {
        TableBuilder b = new TableBuilder("probabilities").text("output").text("meaning").number("p").number("lo")
                .number("hi").number("se").count("successes").count("n");
        for (OutputEntry o : s.outputs()) {
            Probability p = o.probability();
            if (p != null) {
                String meaning = switch (o.kind()) {
                    case TIME -> "P(by end of 2049)";
                    case INDICATOR -> "P(true)";
                    case VALUE -> "";
                };
                b.row(o.name(), meaning, p.p(), p.lo(), p.hi(), p.standardError(), p.successes(), p.n());
            }
        }
        return b.build();
    }

    /** One row per target: the race. */
    public static Table targets(Summary s) {
        TableBuilder b = new TableBuilder("targets").text("target").number("compute_flop")
                .number("p_win").number("p_win_lo").number("p_win_hi").number("p_win_se");
        for (String side : List.of("t_fed", "t_campus")) {
            for (String lv : List.of("p5", "p50", "p95")) {
                b.number(side + "_" + lv).text(side + "_" + lv + "_month");
            }
            b.number(side + "_p50_lo").number(side + "_p50_hi").number(side + "_censored");
        }
        b.number("lead_p50").number("lead_p50_lo").number("lead_p50_hi").number("lead_mean").number("lead_mean_se")
                .number("p_sites_most").number("p_sites_most_lo").number("p_sites_most_hi");
        for (TargetInfo t : s.metadata().targets()) {
            String n = t.name();
            Probability win = s.output(Outputs.win(n)).probability();
            List<Object> row = new ArrayList<>(List.of(n, t.computeFlop(), win.p(), win.lo(), win.hi(), win.standardError()));
            for (OutputEntry time : List.of(s.output(Outputs.tFed(n)), s.output(Outputs.tCampus(n)))) {
                for (double lv : new double[] {0.05, 0.5, 0.95}) {
                    double v = time.percentile(lv).value();
                    row.add(v);
                    row.add(CalendarMonth.of(v, time.horizon()));
                }
                Percentile p50 = time.percentile(0.5);
                row.addAll(List.of(p50.lo(), p50.hi(), time.censoredFraction()));
            }
            OutputEntry lead = s.output(Outputs.lead(n));
            Percentile l50 = lead.percentile(0.5);
            Probability most = s.output(Outputs.sitesMost(n)).probability();
            row.addAll(List.of(l50.value(), l50.lo(), l50.hi(), lead.mean().value(), lead.mean().standardError(),
                    most.p(), most.lo(), most.hi()));
            b.row(row.toArray());
        }
        return b.build();
    }

    /** One row per region: the scorecard of the headline target on that region's own sites. */
    public static Table regions(Summary s) {
        TableBuilder b = new TableBuilder("regions").text("region").number("first_training_p50")
                .text("first_training_p50_month").number("first_training_p50_lo").number("first_training_p50_hi");
        for (String m : List.of("energy_mwh", "cost_eur", "carbon_t")) {
            b.number(m + "_mean").number(m + "_mean_se").number(m + "_p5").number(m + "_p95");
        }
        b.number("p_feasible").number("p_feasible_lo").number("p_feasible_hi").number("expected_rank")
                .number("expected_rank_se").number("p_rank1").number("p_rank1_lo").number("p_rank1_hi")
                .number("sites_p50").number("sites_mean");
        for (String r : s.metadata().regions()) {
            OutputEntry firstTraining = s.output(Outputs.region(r, "first_training"));
            Percentile first = firstTraining.percentile(0.5);
            List<Object> row = new ArrayList<>(List.of(r, first.value(), CalendarMonth.of(first.value(),
                    firstTraining.horizon()), first.lo(), first.hi()));
            for (String m : List.of("energy_mwh", "cost_eur", "carbon_t")) {
                OutputEntry o = s.output(Outputs.region(r, m));
                row.addAll(List.of(o.mean().value(), o.mean().standardError(), o.percentile(0.05).value(),
                        o.percentile(0.95).value()));
            }
            Probability feasible = s.output(Outputs.region(r, "feasible")).probability();
            OutputEntry rank = s.output(Outputs.region(r, "rank"));
            Probability rank1 = s.output(Outputs.region(r, "rank1")).probability();
            OutputEntry sites = s.output(Outputs.region(r, "sites"));
            row.addAll(List.of(feasible.p(), feasible.lo(), feasible.hi(), rank.mean().value(),
                    rank.mean().standardError(), rank1.p(), rank1.lo(), rank1.hi(), sites.percentile(0.5).value(),
                    sites.mean().value()));
            b.row(row.toArray());
        }
        return b.build();
    }

    /** The four tables by file name (percentiles.csv, probabilities.csv, targets.csv, regions.csv). */
    public static List<Named> all(Summary s) {
        Objects.requireNonNull(s, "summary");
        return List.of(new Named("percentiles.csv", percentiles(s)), new Named("probabilities.csv", probabilities(s)),
                new Named("targets.csv", targets(s)), new Named("regions.csv", regions(s)));
    }

    /** A table and the file it is written to. */
    public record Named(String fileName, Table table) {
    }
}

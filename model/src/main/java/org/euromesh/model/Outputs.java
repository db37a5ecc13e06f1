package org.euromesh.model;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.params.Allocation;
import org.euromesh.params.Region;
import org.euromesh.params.Target;

/**
 * The EuroMesh model's outputs and their slots. Per target {@code T}: {@code T.t_fed},
 * {@code T.t_campus}, {@code T.win}, {@code T.lead} and {@code T.sites_most} (the medium sites,
 * not the public substrate, supplied most of the federation's FLOP). Per region {@code R}, for
 * the headline target: {@code region.R.first_training}, {@code .energy_mwh}, {@code .cost_eur},
 * {@code .carbon_t}, {@code .feasible}, {@code .rank} (composite), {@code .rank1} and {@code .sites}.
 */
public final class Outputs {

    static final int T_FED = 0;
    static final int T_CAMPUS = 1;
    static final int WIN = 2;
    static final int LEAD = 3;
    static final int SITES_MOST = 4;
    static final int METHOD_FAILED = 5;
    static final int WIN_IF_METHOD_WORKS = 6;
    static final int PER_TARGET = 7;

    static final int R_FIRST_TRAINING = 0;
    static final int R_ENERGY = 1;
    static final int R_COST = 2;
    static final int R_CARBON = 3;
    static final int R_FEASIBLE = 4;
    static final int R_RANK = 5;
    static final int R_RANK1 = 6;
    static final int R_SITES = 7;
    static final int PER_REGION = 8;

    /** Lead histogram: ±24 years at 366 bins a year (one day). */
    private static final double LEAD_SPAN_YEARS = 24.0;
    private static final int LEAD_BINS_PER_YEAR = 366;
    /** Energy, cost and carbon span ±3 decades around their central value, at ~0.5% bins. */
    private static final double METRIC_DECADES_EACH_SIDE = 3.0;
    private static final int METRIC_BINS = 3000;

    private Outputs() {
    }

    public static String tFed(String target) {
        return target + ".t_fed";
    }

    public static String tCampus(String target) {
        return target + ".t_campus";
    }

    public static String win(String target) {
        return target + ".win";
    }

    public static String lead(String target) {
        return target + ".lead";
    }

    public static String sitesMost(String target) {
        return target + ".sites_most";
    }

    public static String methodFailed(String target) {
        return target + ".method_failed";
    }

    public static String winIfMethodWorks(String target) {
        return target + ".win_if_method_works";
    }

    /** Under {@code allocation: mixture}: 1 on the paths that drew the mobilised regime. */
    public static final String MOBILISED = "mobilised";

    public static String winIfMobilised(String target) {
        return target + ".win_if_mobilised";
    }

    public static String winIfInstitutional(String target) {
        return target + ".win_if_institutional";
    }

    /** Outputs of a model with these many targets and regions under {@code allocation}. */
    static int count(int targets, int regions, Allocation allocation) {
        return mixtureBase(targets, regions) + (allocation == Allocation.MIXTURE ? 1 + 2 * targets : 0);
    }

    /**
     * First slot of the mixture block (after the regions): {@code mobilised}, then per target k
     * {@code win_if_mobilised} at +1+2k and {@code win_if_institutional} at +2+2k.
     */
    static int mixtureBase(int targets, int regions) {
        return PER_TARGET * targets + PER_REGION * regions;
    }

    public static String region(String region, String metric) {
        return "region." + region + "." + metric;
    }

    /**
     * @param centralMetrics central energy (MWh), cost (€) and carbon (t) of the headline target,
     *                       used to centre their log histograms
     * @param horizon        years after which a time is censored
     */
    static List<OutputSpec> specs(List<Target> targets, List<Region> regions, double[] centralMetrics,
                                  double horizon, Allocation allocation) {
        List<OutputSpec> out = new ArrayList<>();
        for (Target t : targets) {
            String n = t.name();
            out.add(OutputSpec.time(tFed(n), horizon).withLabel(n + ": federation trains it"));
            out.add(OutputSpec.time(tCampus(n), horizon).withLabel(n + ": campus trains it"));
            out.add(OutputSpec.indicator(win(n)).withLabel(n + ": federation first"));
            out.add(OutputSpec.difference(lead(n), "years", tCampus(n), tFed(n), -LEAD_SPAN_YEARS, LEAD_SPAN_YEARS,
                    (int) (2 * LEAD_SPAN_YEARS * LEAD_BINS_PER_YEAR)).withLabel(n + ": lead (campus - federation)"));
            out.add(OutputSpec.indicator(sitesMost(n)).withLabel(n + ": medium sites supplied most FLOP"));
            out.add(OutputSpec.indicator(methodFailed(n)).withLabel(n + ": low-communication training fails"));
            out.add(OutputSpec.indicator(winIfMethodWorks(n)).withLabel(n + ": federation first, if the method works"));
        }
        double span = Math.pow(10, METRIC_DECADES_EACH_SIDE);
        for (Region r : regions) {
            String n = r.name();
            out.add(OutputSpec.time(region(n, "first_training"), horizon).withLabel(n + ": first site trains"));
            out.add(OutputSpec.logValue(region(n, "energy_mwh"), "MWh", centralMetrics[0] / span,
                    centralMetrics[0] * span, METRIC_BINS).withLabel(n + ": energy"));
            out.add(OutputSpec.logValue(region(n, "cost_eur"), "EUR", centralMetrics[1] / span,
                    centralMetrics[1] * span, METRIC_BINS).withLabel(n + ": cost"));
            out.add(OutputSpec.logValue(region(n, "carbon_t"), "tCO2e", centralMetrics[2] / span,
                    centralMetrics[2] * span, METRIC_BINS).withLabel(n + ": carbon"));
            out.add(OutputSpec.indicator(region(n, "feasible")).withLabel(n + ": first site before the campus"));
            // Ranks are half-integers (tied ranks share their average): one bin centred on each.
            out.add(OutputSpec.value(region(n, "rank"), "rank", 0.75, regions.size() + 0.25,
                            Math.max(1, 2 * regions.size() - 1)).asDiscrete()
                    .withLabel(n + ": composite rank"));
            out.add(OutputSpec.indicator(region(n, "rank1")).withLabel(n + ": ranked first"));
            out.add(OutputSpec.value(region(n, "sites"), "sites", -0.5, 1000.5, 1001).asDiscrete().withLabel(n + ": sites"));
        }
        if (allocation == Allocation.MIXTURE) {
            out.add(OutputSpec.indicator(MOBILISED).withLabel("path drew the mobilised regime"));
            for (Target t : targets) {
                String n = t.name();
                out.add(OutputSpec.indicator(winIfMobilised(n)).withLabel(n + ": federation first, if mobilised"));
                out.add(OutputSpec.indicator(winIfInstitutional(n)).withLabel(n + ": federation first, if institutional"));
            }
        }
        return out;
    }
}

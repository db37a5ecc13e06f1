package org.euromesh.model;

import static org.euromesh.model.EuroMeshInputs.*;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.params.Allocation;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.ScorecardWeights;
import org.euromesh.params.Target;

/**
 * The three layers of docs/MODEL.md (§2 efficiency, §3 time to availability, §4 regional
 * scorecard) as a {@link Model}: one input vector in (see {@link EuroMeshInputs}), the outputs of
 * {@link Outputs} out. Immutable; each worker gets an {@link Evaluator} with its own scratch.
 */
public final class EuroMeshModel implements Model {

    /** The headline target (docs/MODEL.md §1). */
    public static final String DEFAULT_HEADLINE = "405B";

    private final ParameterSet parameters;
    private final InputSpace inputs;
    private final List<OutputSpec> outputs;
    private final String headline;
    private final int headlineIndex;
    private final int regionCount;
    /** Events after this many years are censored (the parameter set's {@code horizon_years}). */
    private final double horizon;
    private final double[] computeFlop;
    private final double[] nParams;
    /** Per target, max(0, log10(N/1e10)): constant, so not recomputed on every path. */
    private final double[] sizeExcess;
    /** How member A is allocated (framing.allocation, docs/MODEL.md §3.2). */
    private final Allocation allocation;
    /** Whether member A exists at all (framing.public_substrate). */
    private final boolean publicSubstrate;
    /** Targets in ascending compute, so one path's sweep order never matters for results. */
    private final int[] targetOrder;

    private EuroMeshModel(ParameterSet parameters, String headline) {
        this.parameters = parameters;
        this.headline = headline;
        List<Target> targets = parameters.targets();
        this.headlineIndex = IntStream.range(0, targets.size())
                .filter(i -> targets.get(i).name().equals(headline)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target '" + headline + "'; known: "
                        + targets.stream().map(Target::name).toList()));
        this.regionCount = parameters.regions().size();
        this.computeFlop = targets.stream().mapToDouble(Target::computeFlop).toArray();
        this.nParams = targets.stream().mapToDouble(Target::nParams).toArray();
        this.sizeExcess = java.util.Arrays.stream(nParams).map(Efficiency::sizeExcess).toArray();
        this.allocation = parameters.allocation();
        this.publicSubstrate = parameters.publicSubstrate();
        this.targetOrder = IntStream.range(0, targets.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> computeFlop[i])).mapToInt(Integer::intValue).toArray();
        this.inputs = EuroMeshInputs.inputSpace(parameters);
        this.horizon = EuroMeshInputs.horizon(parameters);
        // Build the inputs' fast quantile tables now, on all cores (each is cached by its
        // distribution and immutable): ~40 PERT tables are most of the start-up time of a run.
        this.inputs.inputs().parallelStream().forEach(s -> s.distribution().fastQuantile());
        double[] central = new double[Outputs.count(targets.size(), regionCount, allocation)];
        new PathEvaluator().evaluate(EuroMeshInputs.centrals(parameters), central);
        // The first region with a site at the centrals centres every region's log histogram (they
        // differ by price and carbon only: far less than the ±3 decades the histograms span).
        int r0 = Outputs.PER_TARGET * targets.size();
        for (int r = 0; r + 1 < regionCount && !(central[r0 + Outputs.R_ENERGY] > 0); r++) {
            r0 += Outputs.PER_REGION;
        }
        double[] metrics = regionCount == 0 ? new double[] {1, 1, 1} : new double[] {
            positive(central[r0 + Outputs.R_ENERGY]),
            positive(central[r0 + Outputs.R_COST]),
            positive(central[r0 + Outputs.R_CARBON])};
        this.outputs = Outputs.specs(targets, parameters.regions(), metrics, horizon, allocation);
    }

    /** The model of {@code parameters} with the scorecard and headline statistics on {@code headline}. */
    public static EuroMeshModel of(ParameterSet parameters, String headline) {
        return new EuroMeshModel(parameters, headline);
    }

    public static EuroMeshModel of(ParameterSet parameters) {
        return of(parameters, DEFAULT_HEADLINE);
    }

    public ParameterSet parameters() {
        return parameters;
    }

    public String headline() {
        return headline;
    }

    @Override
    public InputSpace inputs() {
        return inputs;
    }

    @Override
    public List<OutputSpec> outputs() {
        return outputs;
    }

    @Override
    public Evaluator newEvaluator() {
        return new PathEvaluator();
    }

    /** Every input at its central value: the deterministic run (docs/MODEL.md §5, §6). */
    public double[] evaluateCentral() {
        double[] out = new double[outputs.size()];
        newEvaluator().evaluate(centrals(), out);
        return out;
    }

    /** Every input's central value, in input order: the deterministic input vector. */
    public double[] centrals() {
        return EuroMeshInputs.centrals(parameters);
    }

    /** Events after this many years from 2026-01-01 are censored. */
    public double horizon() {
        return horizon;
    }

    /** Slot of an output by name. */
    public int outputIndex(String name) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no output '" + name + "'");
    }

    private static double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : 1.0;
    }

    /** Whole GPUs a site of {@code mw} MW of IT power holds at {@code gpuKw} kW each (40 MW → 28,571). */
    static long gpus(double mw, double gpuKw) {
        return (long) Math.floor(mw * 1000.0 / gpuKw);
    }

    /**
     * Number of medium sites per region (docs/MODEL.md §3.3): the mesh budget apportioned by
     * largest remainder, so that Σ k_r · site_mw ≤ mesh_budget_mw on every path. quota_r =
     * budget · a_r / Σa / site_mw; k_r = min(floor(a_r / site_mw), floor(quota_r)); the whole
     * sites still within the budget go one each to the largest remainders quota_r − floor(quota_r)
     * among the regions with room (ties: the earlier region in the file). Unbounded: every
     * region builds floor(a_r / site_mw).
     *
     * @param remainder scratch of at least {@code regions} doubles (overwritten)
     */
    static void sitesPerRegion(double[] x, int regions, double siteMw, double budgetMw, int[] sites,
                               double[] remainder) {
        double total = 0.0;
        for (int r = 0; r < regions; r++) {
            total += x[regionBase(r) + REGION_ACCESSIBLE_MW];
        }
        boolean unbounded = Double.isInfinite(budgetMw);
        long left = unbounded ? 0 : (long) Math.floor(budgetMw / siteMw);
        for (int r = 0; r < regions; r++) {
            double accessible = x[regionBase(r) + REGION_ACCESSIBLE_MW];
            long physical = (long) Math.floor(accessible / siteMw);
            if (unbounded) {
                sites[r] = (int) physical;
                continue;
            }
            double quota = total > 0 ? budgetMw * accessible / total / siteMw : 0.0;
            long whole = (long) Math.floor(quota);
            sites[r] = (int) Math.min(physical, whole);
            left -= sites[r];
            // Only a region that can host one more site competes for the remaining ones.
            remainder[r] = sites[r] < physical ? quota - whole : -1.0;
        }
        while (left > 0) {
            // The largest remainder ≥ 0, the earlier region on a tie, found by selects: which
            // region wins is a coin flip, so branches would mispredict (measured: ≈ 10 % of a path).
            // Starting from -MIN_VALUE, "q > best" accepts exactly the q ≥ 0 (−0.0 included), as
            // the test remainder[r] ≥ 0 did; a NaN never wins.
            int best = -1;
            double bestRemainder = -Double.MIN_VALUE;
            for (int r = 0; r < regions; r++) {
                double q = remainder[r];
                boolean better = q > bestRemainder;
                best = better ? r : best;
                bestRemainder = better ? q : bestRemainder;
            }
            if (best < 0) {
                break;
            }
            sites[best]++;
            remainder[best] = -1.0;
            left--;
        }
    }

    /** One worker's evaluator: all scratch lives here so a path allocates nothing. */
    private final class PathEvaluator implements Evaluator {

        private final FederationTimeline timeline = new FederationTimeline();
        private final int[] sites = new int[regionCount];
        private final double[] remainder = new double[regionCount];
        private final PublicWindows windows = new PublicWindows();
        private final SiteRuns runs = new SiteRuns();
        private final double[] time = new double[regionCount];
        private final double[] cost = new double[regionCount];
        private final double[] carbon = new double[regionCount];
        private final boolean[] infeasible = new boolean[regionCount];
        private final double[] rank = new double[regionCount];
        private final double[] score = new double[regionCount];
        private final double[] composite = new double[regionCount];

        /** The last argument of {@link #log10OfRatio} and its log10 (NaN: none yet). */
        private double lastRatio = Double.NaN;
        private double lastLog10 = Double.NaN;

        /**
         * Math.log10(ratio), reused while the ratio repeats: H and H_ref are fixed inputs on the
         * shipped baseline, so every path asked for log10(1) again, and log10 costs as much as a
         * few divisions. Equal doubles give the same log10, so the result is the same bit for bit
         * (a NaN never equals the last ratio: recomputed; ±0, which are equal, both give −inf).
         */
        private double log10OfRatio(double ratio) {
            if (ratio != lastRatio) {
                lastLog10 = Math.log10(ratio);
                lastRatio = ratio;
            }
            return lastLog10;
        }

        @Override
        public void evaluate(double[] x, double[] out) {
            double gpuFlops = x[GPU_FLOPS];
            double gpuKw = x[GPU_POWER_KW];
            double mfuLocal = x[MFU_LOCAL];
            double u = x[U];
            double siteMw = x[SITE_MW];
            double gpusPerSite = gpus(siteMw, gpuKw);
            double campusGpus = gpus(x[CAMPUS_MW], gpuKw);
            double localEfficiency = mfuLocal * u;
            double alphaOffset = x[ALPHA0] + x[K_H] * log10OfRatio(x[H] / x[H_REF]);

            // Layer 2, member B: sites per region and their training start times.
            sitesPerRegion(x, regionCount, siteMw, parameters.meshBudgetMw(), sites, remainder);
            siteRuns(x);
            // Member A: the regime of this path (§3.2) decides its windows and its share.
            boolean mobilised = allocation == Allocation.MOBILISED
                    || allocation == Allocation.MIXTURE && x[ALLOCATION_U] >= 1.0 - x[P_MOBILISE];
            double share;
            if (!publicSubstrate) {
                windows.none();
                share = 0.0;
            } else if (mobilised) {
                windows.mobilised(x[T_COORD]);
                share = x[F_ADDR];
            } else {
                windows.institutional(x[T_INST], x[D_INST], x[INST_PERIOD], x[INST_ROUNDS]);
                share = x[F_INST];
            }
            timeline.build(runs, gpusPerSite * gpuFlops * localEfficiency, windows,
                    share * Units.FLOPS_PER_EFLOPS * localEfficiency,
                    x[S_NOW], x[S_2026], x[S_2028], x[N_PUB], alphaOffset, x[K_N],
                    gpusPerSite * gpuFlops * mfuLocal, share * x[S_MAX] * Units.FLOPS_PER_EFLOPS * mfuLocal,
                    horizon);

            // Campus (synchronous: no α, no u) and the race, per target.
            double campusStart = x[TAU_MEGA] + x[CAMPUS_FITOUT];
            double campusRate = campusGpus * gpuFlops * x[MFU_CENTRAL];
            double failsU = x[DILOCO_FAILS_U];
            double qSlope = x[Q_SLOPE];
            int mixture = Outputs.mixtureBase(computeFlop.length, regionCount);
            for (int k : targetOrder) {
                int o = k * Outputs.PER_TARGET;
                // §2.1: the method fails at this size when the path's draw is below q(N).
                boolean failed = failsU < Efficiency.failureProbabilityFromExcess(qSlope, sizeExcess[k]);
                double tFed;
                if (failed) {
                    tFed = timeline.fallbackDeliveryTime(computeFlop[k]);
                } else {
                    double sizeFactor = Efficiency.sizeFactorFromExcess(x[S_SCALE], sizeExcess[k]);
                    tFed = timeline.deliveryTime(computeFlop[k], sizeFactor, x[ALPHA_CAP]);
                }
                double tCampus = campusStart + computeFlop[k] / campusRate / Units.SECONDS_PER_YEAR;
                double win = tFed < tCampus ? 1.0 : 0.0;
                out[o + Outputs.T_FED] = tFed;
                out[o + Outputs.T_CAMPUS] = tCampus;
                out[o + Outputs.WIN] = win;
                out[o + Outputs.LEAD] = tCampus - tFed;
                out[o + Outputs.SITES_MOST] = timeline.sitesSuppliedMost() ? 1.0 : 0.0;
                out[o + Outputs.METHOD_FAILED] = failed ? 1.0 : 0.0;
                // NaN = not on this condition: the statistics count it as invalid and exclude it.
                out[o + Outputs.WIN_IF_METHOD_WORKS] = failed ? Double.NaN : win;
                if (allocation == Allocation.MIXTURE) {
                    out[mixture + 1 + 2 * k] = mobilised ? win : Double.NaN;
                    out[mixture + 2 + 2 * k] = mobilised ? Double.NaN : win;
                }
            }
            if (allocation == Allocation.MIXTURE) {
                out[mixture] = mobilised ? 1.0 : 0.0;
            }
            scorecard(x, out, alphaOffset, campusStart, gpuFlops, gpuKw, localEfficiency);
        }

        /**
         * Every site's training start, energised_r + j·ramp + commission for site j of region r,
         * region by region; the timeline sorts them (any inputs, NaN included: see {@link SiteRuns}).
         */
        private void siteRuns(double[] x) {
            double commission = x[SITE_COMMISSION];
            double ramp = x[RAMP_YEARS];
            runs.clear();
            for (int r = 0; r < regionCount; r++) {
                runs.addRun(x[regionBase(r) + REGION_LEAD], sites[r], ramp, commission);
            }
        }

        /** Layer 3 (docs/MODEL.md §4): one run of the headline target on each region's own sites. */
        private void scorecard(double[] x, double[] out, double alphaOffset, double campusStart,
                               double gpuFlops, double gpuKw, double localEfficiency) {
            double sizeFactor = Efficiency.sizeFactorFromExcess(x[S_SCALE], sizeExcess[headlineIndex]);
            double capexPerGpuSecond = x[CAPEX_EUR_PER_MW] * gpuKw / 1000.0
                    / (x[ASSET_LIFE_YEARS] * Units.SECONDS_PER_YEAR);
            int base = Outputs.PER_TARGET * computeFlop.length;
            for (int r = 0; r < regionCount; r++) {
                int o = base + r * Outputs.PER_REGION;
                int rb = regionBase(r);
                double members = Math.max(1, sites[r]); // n = k_r; the 1 only keeps a no-site region's (unused) α finite
                double alpha = Math.min(x[ALPHA_CAP],
                        Math.max(1.0, alphaOffset + x[K_N] * Efficiency.log2(members)) * sizeFactor);
                double gpuSeconds = computeFlop[headlineIndex] * alpha / (gpuFlops * localEfficiency);
                double energyMwh = gpuSeconds * gpuKw * x[PUE] / Units.KWS_PER_MWH;
                double costEur = energyMwh * x[rb + REGION_PRICE] + capexPerGpuSecond * gpuSeconds;
                double carbonT = energyMwh * 1000.0 * x[rb + REGION_CARBON] / 1e6;
                // A region with no site (§7.3) never trains: its first training time is censored,
                // its run's energy, cost and carbon are undefined (NaN: excluded from their
                // distributions and counted as invalid), and it ranks last in every metric.
                boolean hasSite = sites[r] > 0;
                double first = hasSite ? x[rb + REGION_LEAD] + x[SITE_COMMISSION] : Double.POSITIVE_INFINITY;
                boolean feasible = first < campusStart;
                out[o + Outputs.R_FIRST_TRAINING] = first;
                out[o + Outputs.R_ENERGY] = hasSite ? energyMwh : Double.NaN;
                out[o + Outputs.R_COST] = hasSite ? costEur : Double.NaN;
                out[o + Outputs.R_CARBON] = hasSite ? carbonT : Double.NaN;
                out[o + Outputs.R_FEASIBLE] = feasible ? 1.0 : 0.0;
                out[o + Outputs.R_SITES] = sites[r];
                time[r] = first;
                cost[r] = hasSite ? costEur : Double.POSITIVE_INFINITY;
                carbon[r] = hasSite ? carbonT : Double.POSITIVE_INFINITY;
                infeasible[r] = !feasible; // the metric 1 − feasible, ranked as zeros and ones
            }
            ScorecardWeights w = parameters.weights();
            for (int r = 0; r < regionCount; r++) {
                score[r] = 0.0;
            }
            Ranking.rankAscending(time, regionCount, rank);
            addWeighted(w.time(), rank);
            Ranking.rankAscending(cost, regionCount, rank);
            addWeighted(w.cost(), rank);
            Ranking.rankAscending(carbon, regionCount, rank);
            addWeighted(w.carbon(), rank);
            Ranking.rankZerosAndOnes(infeasible, regionCount, rank);
            addWeighted(w.feasibility(), rank);
            Ranking.rankAscending(score, regionCount, composite);
            for (int r = 0; r < regionCount; r++) {
                int o = base + r * Outputs.PER_REGION;
                out[o + Outputs.R_RANK] = composite[r];
                // A shared first place (rank 1.5, ...) counts as first for nobody: rare with continuous metrics.
                out[o + Outputs.R_RANK1] = composite[r] == 1.0 ? 1.0 : 0.0;
            }
        }

        private void addWeighted(double weight, double[] ranks) {
            for (int r = 0; r < regionCount; r++) {
                score[r] += weight * ranks[r];
            }
        }
    }
}

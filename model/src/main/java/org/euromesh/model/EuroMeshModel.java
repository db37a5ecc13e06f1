package org.euromesh.model;

import static org.euromesh.model.EuroMeshInputs.*;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
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
        this.targetOrder = IntStream.range(0, targets.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> computeFlop[i])).mapToInt(Integer::intValue).toArray();
        this.inputs = EuroMeshInputs.inputSpace(parameters);
        this.horizon = EuroMeshInputs.horizon(parameters);
        // Build the inputs' fast quantile tables now, on all cores (each is cached by its
        // distribution and immutable): ~40 PERT tables are most of the start-up time of a run.
        this.inputs.inputs().parallelStream().forEach(s -> s.distribution().fastQuantile());
        double[] central = new double[Outputs.PER_TARGET * targets.size() + Outputs.PER_REGION * regionCount];
        new PathEvaluator().evaluate(EuroMeshInputs.centrals(parameters), central);
        int r0 = Outputs.PER_TARGET * targets.size();
        // The first region's central metrics centre every region's log histogram (they differ by price
        // and carbon only: far less than the ±3 decades the histograms span).
        double[] metrics = regionCount == 0 ? new double[] {1, 1, 1} : new double[] {
            positive(central[r0 + Outputs.R_ENERGY]),
            positive(central[r0 + Outputs.R_COST]),
            positive(central[r0 + Outputs.R_CARBON])};
        this.outputs = Outputs.specs(targets, parameters.regions(), metrics, horizon);
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

    /** Number of medium sites per region (docs/MODEL.md §3), split of the mesh budget. */
    static void sitesPerRegion(double[] x, int regions, double siteMw, double budgetMw, int[] sites) {
        double total = 0.0;
        for (int r = 0; r < regions; r++) {
            total += x[regionBase(r) + REGION_ACCESSIBLE_MW];
        }
        for (int r = 0; r < regions; r++) {
            double accessible = x[regionBase(r) + REGION_ACCESSIBLE_MW];
            long physical = (long) Math.floor(accessible / siteMw);
            if (Double.isInfinite(budgetMw)) {
                sites[r] = (int) physical;
            } else {
                // Math.round: half up, so a region owed 4.5 sites gets 5 (docs/MODEL.md does not say; documented).
                long share = total > 0 ? Math.round(budgetMw * accessible / total / siteMw) : 0;
                sites[r] = (int) Math.min(physical, share);
            }
        }
    }

    /** One worker's evaluator: all scratch lives here so a path allocates nothing. */
    private final class PathEvaluator implements Evaluator {

        private final FederationTimeline timeline = new FederationTimeline();
        private final int[] sites = new int[regionCount];
        private final SiteRuns runs = new SiteRuns();
        private final double[] time = new double[regionCount];
        private final double[] cost = new double[regionCount];
        private final double[] carbon = new double[regionCount];
        private final double[] infeasible = new double[regionCount];
        private final double[] rank = new double[regionCount];
        private final double[] score = new double[regionCount];
        private final double[] composite = new double[regionCount];

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
            double alphaOffset = x[ALPHA0] + x[K_H] * Math.log10(x[H] / x[H_REF]);

            // Layer 2, member B: sites per region and their training start times.
            sitesPerRegion(x, regionCount, siteMw, parameters.meshBudgetMw(), sites);
            siteRuns(x);
            timeline.build(runs, gpusPerSite * gpuFlops * localEfficiency,
                    parameters.publicSubstrate(), x[T_COORD],
                    x[F_ADDR] * Units.FLOPS_PER_EFLOPS * localEfficiency,
                    x[S_NOW], x[S_2026], x[S_2028], x[N_PUB], alphaOffset, x[K_N], horizon);

            // Campus (synchronous: no α, no u) and the race, per target.
            double campusStart = x[TAU_MEGA] + x[CAMPUS_FITOUT];
            double campusRate = campusGpus * gpuFlops * x[MFU_CENTRAL];
            for (int k : targetOrder) {
                int o = k * Outputs.PER_TARGET;
                double sizeFactor = Efficiency.sizeFactorFromExcess(x[S_SCALE], sizeExcess[k]);
                double tFed = timeline.deliveryTime(computeFlop[k], sizeFactor, x[ALPHA_CAP]);
                double tCampus = campusStart + computeFlop[k] / campusRate / Units.SECONDS_PER_YEAR;
                out[o + Outputs.T_FED] = tFed;
                out[o + Outputs.T_CAMPUS] = tCampus;
                out[o + Outputs.WIN] = tFed < tCampus ? 1.0 : 0.0;
                out[o + Outputs.LEAD] = tCampus - tFed;
                out[o + Outputs.SITES_MOST] = timeline.sitesSuppliedMost() ? 1.0 : 0.0;
            }
            scorecard(x, out, alphaOffset, campusStart, gpuFlops, gpuKw, localEfficiency);
        }

        /**
         * Every site's training start, energised_r + j·ramp + commission for site j of region r, as
         * one ascending run per region for the timeline to merge; one sorted run if the inputs
         * cannot make ascending runs (NaN, or a negative ramp).
         */
        private void siteRuns(double[] x) {
            double commission = x[SITE_COMMISSION];
            double ramp = x[RAMP_YEARS];
            boolean valid = ramp >= 0 && commission == commission;
            runs.clear();
            for (int r = 0; r < regionCount; r++) {
                double energised = x[regionBase(r) + REGION_LEAD];
                valid &= energised == energised;
                runs.addRun(energised, sites[r], ramp, commission);
            }
            if (!valid) {
                runs.sortIntoOneRun();
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
                double members = Math.max(1, sites[r]);
                double alpha = Math.min(x[ALPHA_CAP],
                        Math.max(1.0, alphaOffset + x[K_N] * Efficiency.log2(members)) * sizeFactor);
                double gpuSeconds = computeFlop[headlineIndex] * alpha / (gpuFlops * localEfficiency);
                double energyMwh = gpuSeconds * gpuKw * x[PUE] / Units.KWS_PER_MWH;
                double costEur = energyMwh * x[rb + REGION_PRICE] + capexPerGpuSecond * gpuSeconds;
                double carbonT = energyMwh * 1000.0 * x[rb + REGION_CARBON] / 1e6;
                // A region that can host no site never trains: its first training time is censored.
                double first = sites[r] > 0 ? x[rb + REGION_LEAD] + x[SITE_COMMISSION] : Double.POSITIVE_INFINITY;
                boolean feasible = first < campusStart;
                out[o + Outputs.R_FIRST_TRAINING] = first;
                out[o + Outputs.R_ENERGY] = energyMwh;
                out[o + Outputs.R_COST] = costEur;
                out[o + Outputs.R_CARBON] = carbonT;
                out[o + Outputs.R_FEASIBLE] = feasible ? 1.0 : 0.0;
                out[o + Outputs.R_SITES] = sites[r];
                time[r] = first;
                cost[r] = costEur;
                carbon[r] = carbonT;
                infeasible[r] = feasible ? 0.0 : 1.0;
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
            Ranking.rankAscending(infeasible, regionCount, rank);
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

package org.euromesh.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.stats.OutputSummary;

/**
 * The model-agnostic Monte Carlo sampler: a run is a pure function of (model, seed, N or
 * precision target, method, block size), bit-identical at any thread count.
 *
 * <p><b>Scenario comparison.</b> Run both scenarios with the same {@link RunSpec}: MC and LHS
 * streams are keyed by (seed, block, input name), so an input of the same name gets the same
 * uniform in sample j of either run (common random numbers), whatever else the models contain;
 * SOBOL assigns sequence dimensions by position, so there the input lists must match.
 * {@link #compare} does this in one pass and also summarises the paired differences.
 */
public final class Sampler {

    private Sampler() {
    }

    /** Runs {@code model} as {@code spec} says. */
    public static RunResult run(Model model, RunSpec spec) {
        return run(model, spec, ProgressListener.NONE);
    }

    /** Runs {@code model}, telling {@code listener} the progress after each wave. */
    public static RunResult run(Model model, RunSpec spec, ProgressListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        InputSpace space = model.inputs();
        List<OutputSpec> outs = checkedOutputs(model, "model");
        int headline = headlineIndex(outs, spec, "model");
        PointGenerator points = PointGenerator.of(spec.method(), spec.seed(), spec.blockSize(), names(space));
        BlockEngine.Lane lane = new BlockEngine.Lane(model,
                new InputTransform(space, InputTransform.identity(space.dimension())), 0, outs.size(), headline);
        BlockEngine.Outcome o = new BlockEngine(spec, points, List.of(lane), outs, outs.size(), new int[0], new int[0])
                .run(listener);
        return new RunResult(spec, o.samples(), Arrays.asList(o.summaries()), o.traces().get(0), o.targetMet(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** {@link #compare(Model, Model, RunSpec, ProgressListener)} without progress. */
    public static Comparison compare(Model a, Model b, RunSpec spec) {
        return compare(a, b, spec, ProgressListener.NONE);
    }

    /**
     * Runs two models on the same points with common random numbers: an input name both have gets
     * the same uniform in every sample (each model applies its own distribution and copula to it).
     * Points are laid out as A's inputs, then B's inputs that A lacks. With a headline, both models
     * must have it; a precision-controlled comparison stops when both headlines meet the target.
     */
    public static Comparison compare(Model a, Model b, RunSpec spec, ProgressListener listener) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        List<String> names = new ArrayList<>(names(a.inputs()));
        List<String> bNames = names(b.inputs());
        int[] bSlots = new int[bNames.size()];
        for (int i = 0; i < bSlots.length; i++) {
            int at = names.indexOf(bNames.get(i));
            if (at < 0) {
                at = names.size();
                names.add(bNames.get(i));
            }
            bSlots[i] = at;
        }
        List<OutputSpec> outA = checkedOutputs(a, "model A");
        List<OutputSpec> outB = checkedOutputs(b, "model B");
        List<OutputSpec> all = new ArrayList<>(outA);
        all.addAll(outB);
        int diffOffset = all.size();
        List<Integer> da = new ArrayList<>();
        List<Integer> db = new ArrayList<>();
        for (int i = 0; i < outA.size(); i++) {
            OutputSpec sa = outA.get(i);
            for (int j = 0; j < outB.size(); j++) {
                OutputSpec sb = outB.get(j);
                if (sa.name().equals(sb.name()) && sa.kind() == sb.kind()) {
                    da.add(i);
                    db.add(outA.size() + j);
                    all.add(differenceSpec(sa));
                }
            }
        }
        int ha = headlineIndex(outA, spec, "model A");
        int hb = headlineIndex(outB, spec, "model B");
        BlockEngine.Lane la = new BlockEngine.Lane(a,
                new InputTransform(a.inputs(), InputTransform.identity(a.inputs().dimension())), 0, outA.size(), ha);
        BlockEngine.Lane lb = new BlockEngine.Lane(b, new InputTransform(b.inputs(), bSlots), outA.size(),
                outB.size(), hb < 0 ? -1 : outA.size() + hb);
        PointGenerator points = PointGenerator.of(spec.method(), spec.seed(), spec.blockSize(), names);
        BlockEngine.Outcome o = new BlockEngine(spec, points, List.of(la, lb), all, diffOffset,
                da.stream().mapToInt(Integer::intValue).toArray(), db.stream().mapToInt(Integer::intValue).toArray())
                .run(listener);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        List<OutputSummary> s = Arrays.asList(o.summaries());
        RunResult ra = new RunResult(spec, o.samples(), s.subList(0, outA.size()), o.traces().get(0), o.targetMet(),
                elapsed);
        RunResult rb = new RunResult(spec, o.samples(), s.subList(outA.size(), diffOffset), o.traces().get(1),
                o.targetMet(), elapsed);
        return new Comparison(ra, rb, s.subList(diffOffset, s.size()));
    }

    /**
     * Evaluates {@code model} on arbitrary input rows (e.g. a sensitivity design), one evaluator,
     * in row order.
     *
     * @return one output row per input row
     */
    public static double[][] evaluate(Model model, double[][] rows) {
        int d = model.inputs().dimension();
        int m = model.outputs().size();
        Model.Evaluator ev = model.newEvaluator();
        double[][] out = new double[rows.length][m];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != d) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, model has " + d
                        + " inputs");
            }
            ev.evaluate(rows[r], out[r]);
        }
        return out;
    }

    static List<String> names(InputSpace space) {
        List<String> n = new ArrayList<>(space.dimension());
        for (InputSpec s : space.inputs()) {
            n.add(s.name());
        }
        return n;
    }

    private static List<OutputSpec> checkedOutputs(Model model, String what) {
        List<OutputSpec> outs = List.copyOf(model.outputs());
        Map<String, OutputSpec> seen = new LinkedHashMap<>();
        for (OutputSpec s : outs) {
            if (seen.put(s.name(), s) != null) {
                throw new IllegalArgumentException(what + " has two outputs named '" + s.name() + "'");
            }
        }
        return outs;
    }

    private static int headlineIndex(List<OutputSpec> outs, RunSpec spec, String what) {
        String h = spec.headline();
        if (h == null) {
            return -1;
        }
        for (int i = 0; i < outs.size(); i++) {
            if (outs.get(i).name().equals(h)) {
                if (outs.get(i).kind() != OutputKind.INDICATOR) {
                    throw new IllegalArgumentException("headline '" + h + "' is a " + outs.get(i).kind()
                            + " output; it must be an INDICATOR (a probability)");
                }
                return i;
            }
        }
        throw new IllegalArgumentException("headline '" + h + "' is not an output of the " + what);
    }

    /** B − A of an output: linear bins over ±(hi − lo) at the output's resolution; {-1, 0, 1} for indicators. */
    private static OutputSpec differenceSpec(OutputSpec s) {
        if (s.kind() == OutputKind.INDICATOR) {
            return OutputSpec.value(s.name(), "difference", -1.5, 1.5, 3);
        }
        double span = s.hi() - s.lo();
        return OutputSpec.value(s.name(), s.unit(), -span, span, (int) Math.min(2L * s.bins(), 1_000_000L));
    }
}

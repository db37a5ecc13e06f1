package org.euromesh.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.sampling.PointGenerator;

/**
 * What the block engine runs: one model (or two, for a common-random-number comparison) on one
 * stream of points, the combined outputs, the paired differences, and the traced headlines.
 * Immutable; built by {@link Sampler} for a model and a {@link RunSpec}.
 */
final class RunPlan {

    /** One model run on the shared points; its outputs sit at {@code outputOffset} in the combined list. */
    record Lane(Model model, InputTransform transform, int outputOffset, int outputCount) {
    }

    private final PointGenerator points;
    private final Lane[] lanes;
    private final OutputSpec[] outputs;
    private final int diffOffset;
    private final int[] diffA;
    private final int[] diffB;
    private final boolean[] diffTime;
    private final double[] diffHorizonA;
    private final double[] diffHorizonB;
    private final int[] headlines;
    private final long fingerprint;

    private RunPlan(PointGenerator points, List<Lane> lanes, List<OutputSpec> outputs, int diffOffset, int[] diffA,
                    int[] diffB, int[] headlines, long fingerprint) {
        this.points = points;
        this.lanes = lanes.toArray(new Lane[0]);
        this.outputs = outputs.toArray(new OutputSpec[0]);
        this.diffOffset = diffOffset;
        this.diffA = diffA;
        this.diffB = diffB;
        this.diffTime = new boolean[diffA.length];
        this.diffHorizonA = new double[diffA.length];
        this.diffHorizonB = new double[diffA.length];
        for (int q = 0; q < diffA.length; q++) {
            diffTime[q] = this.outputs[diffA[q]].kind() == OutputKind.TIME;
            diffHorizonA[q] = this.outputs[diffA[q]].hi();
            diffHorizonB[q] = this.outputs[diffB[q]].hi();
        }
        this.headlines = headlines;
        this.fingerprint = fingerprint;
    }

    /** One model. */
    static RunPlan single(Model model, RunSpec spec) {
        Objects.requireNonNull(model, "model");
        InputSpace space = model.inputs();
        List<OutputSpec> outs = checkedOutputs(model, "model");
        int headline = headlineIndex(outs, spec, "model");
        PointGenerator points = PointGenerator.of(spec.method(), spec.seed(), spec.blockSize(), names(space));
        Lane lane = new Lane(model, InputTransform.of(space), 0, outs.size());
        return new RunPlan(points, List.of(lane), outs, outs.size(), new int[0], new int[0],
                headline < 0 ? new int[0] : new int[] {headline}, fingerprint(List.of(model)));
    }

    /**
     * Two models on the same points with common random numbers: an input name both have gets the
     * same uniform in every sample (each model applies its own distribution and copula to it).
     * Points are laid out as A's inputs, then B's inputs that A lacks. Outputs: A's, B's, then
     * B − A of every output they share (same name and kind).
     */
    static RunPlan paired(Model a, Model b, RunSpec spec) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
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
        Lane la = new Lane(a, InputTransform.of(a.inputs()), 0, outA.size());
        Lane lb = new Lane(b, new InputTransform(b.inputs(), bSlots), outA.size(), outB.size());
        PointGenerator points = PointGenerator.of(spec.method(), spec.seed(), spec.blockSize(), names);
        int[] heads = ha < 0 ? new int[0] : new int[] {ha, outA.size() + hb};
        return new RunPlan(points, List.of(la, lb), all, diffOffset, da.stream().mapToInt(Integer::intValue).toArray(),
                db.stream().mapToInt(Integer::intValue).toArray(), heads, fingerprint(List.of(a, b)));
    }

    PointGenerator points() {
        return points;
    }

    Lane[] lanes() {
        return lanes;
    }

    OutputSpec[] outputs() {
        return outputs;
    }

    int diffOffset() {
        return diffOffset;
    }

    int[] diffA() {
        return diffA;
    }

    int[] diffB() {
        return diffB;
    }

    boolean[] diffTime() {
        return diffTime;
    }

    double[] diffHorizonA() {
        return diffHorizonA;
    }

    double[] diffHorizonB() {
        return diffHorizonB;
    }

    /** Combined output indices of the traced headline indicators (one per lane, or none). */
    int[] headlines() {
        return headlines;
    }

    long fingerprint() {
        return fingerprint;
    }

    static List<String> names(InputSpace space) {
        List<String> n = new ArrayList<>(space.dimension());
        for (InputSpec s : space.inputs()) {
            n.add(s.name());
        }
        return n;
    }

    /**
     * 64-bit FNV-1a over every input's name and distribution, the copula and every output spec:
     * partials of runs whose models differ in any of these never merge.
     */
    static long fingerprint(List<Model> models) {
        StringBuilder text = new StringBuilder();
        for (Model m : models) {
            for (InputSpec in : m.inputs().inputs()) {
                text.append(in.name()).append('=').append(in.distribution()).append(';');
            }
            text.append(java.util.Arrays.toString(m.inputs().correlated()))
                    .append(java.util.Arrays.deepToString(m.inputs().spearman())).append('|');
            for (OutputSpec o : m.outputs()) {
                text.append(o).append(';');
            }
            text.append('#');
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
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
            return OutputSpec.value(s.name(), "difference", -1.5, 1.5, 3).withLabel(s.label());
        }
        double span = s.hi() - s.lo();
        return OutputSpec.value(s.name(), s.unit(), -span, span, (int) Math.min(2L * s.bins(), 1_000_000L))
                .withLabel(s.label());
    }
}

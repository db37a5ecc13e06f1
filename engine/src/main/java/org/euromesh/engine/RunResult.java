package org.euromesh.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.euromesh.engine.stats.OutputSummary;

/**
 * The result of a run. Two results are {@link #equals equal} when every reported number is
 * bit-identical: the spec (thread count aside), N, every output summary (doubles compared as
 * bits by the records' equality) and the convergence trace; the elapsed time is not compared.
 */
public final class RunResult {

    private final RunSpec spec;
    private final long samples;
    private final List<OutputSummary> outputs;
    private final Map<String, OutputSummary> byName;
    private final List<ConvergencePoint> trace;
    private final boolean targetMet;
    private final Duration elapsed;

    RunResult(RunSpec spec, long samples, List<OutputSummary> outputs, List<ConvergencePoint> trace,
              boolean targetMet, Duration elapsed) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.samples = samples;
        this.outputs = List.copyOf(outputs);
        this.trace = List.copyOf(trace);
        this.targetMet = targetMet;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        Map<String, OutputSummary> m = new LinkedHashMap<>();
        for (OutputSummary s : this.outputs) {
            m.put(s.name(), s);
        }
        this.byName = m;
    }

    public RunSpec spec() {
        return spec;
    }

    /** Samples actually evaluated (N, or where a precision-controlled run stopped). */
    public long samples() {
        return samples;
    }

    /** One summary per model output, in the model's order. */
    public List<OutputSummary> outputs() {
        return outputs;
    }

    /** The summary of output {@code name}. */
    public OutputSummary output(String name) {
        OutputSummary s = byName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no output '" + name + "'");
        }
        return s;
    }

    /** The headline indicator's summary, if the spec names one. */
    public Optional<OutputSummary> headline() {
        return Optional.ofNullable(spec.headline()).map(this::output);
    }

    /** After each wave: samples so far and the headline probability (empty without a headline). */
    public List<ConvergencePoint> trace() {
        return trace;
    }

    /** True when the spec has a precision target and the run reached it (false without a target). */
    public boolean targetMet() {
        return targetMet;
    }

    /** Wall-clock time of the run; not part of {@link #equals}. */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunResult r && spec.identity().equals(r.spec.identity()) && samples == r.samples
                && targetMet == r.targetMet && outputs.equals(r.outputs) && trace.equals(r.trace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec.identity(), samples, outputs, trace, targetMet);
    }

    @Override
    public String toString() {
        return "RunResult[" + spec + ", N=" + samples + ", " + outputs.size() + " outputs"
                + (spec.hasPrecisionTarget() ? ", target " + (targetMet ? "met" : "not met") : "") + ", " + elapsed
                + "]";
    }
}

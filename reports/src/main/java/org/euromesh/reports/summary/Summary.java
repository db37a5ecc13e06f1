package org.euromesh.reports.summary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.ParameterTable;
import org.euromesh.params.Region;

/**
 * The machine-readable result of a run: the only input of the report and of {@code check}.
 * Immutable; two summaries are equal when every number is bit-identical.
 *
 * @param format        always {@link #FORMAT}: tells a summary apart from any other JSON
 * @param formatVersion {@link #FORMAT_VERSION}; a reader refuses other versions
 * @param metadata      what the run depends on (no time stamps, no thread count)
 * @param inputs        every parameter with its distribution and source
 * @param outputs       every output, in the model's order
 * @param trace         the headline probability after each wave
 * @param sensitivity   the sensitivity section's data; null when the run had none
 * @param decision      the decision sections' data (scenario discovery, value of information); null
 *                      when the run had none (or the file is a version-2 summary, which predates them)
 *
 * <p>Everything the report shows is here, so that the report can be rebuilt from this file alone.
 * An analysis that adds a report section adds its data as a component here (null when absent)
 * and its section to {@code ReportSections}.
 */
public record Summary(String format, int formatVersion, Metadata metadata, List<InputEntry> inputs,
                      List<OutputEntry> outputs, List<TracePoint> trace, SensitivityData sensitivity,
                      DecisionData decision) {

    public static final String FORMAT = "euromesh-summary";
    /** 2: adds {@code sensitivity}; 3: adds {@code decision}. */
    public static final int FORMAT_VERSION = 3;
    /** The oldest version a reader accepts: version 2 is read as version 3 without decision data. */
    public static final int OLDEST_READABLE_VERSION = 2;

    public Summary {
        Objects.requireNonNull(metadata, "metadata");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        trace = List.copyOf(trace);
        if (decision != null) {
            List<String> known = metadata.targets().stream().map(TargetInfo::name).toList();
            for (DecisionTarget t : decision.targets()) {
                if (!known.contains(t.name())) {
                    throw new IllegalArgumentException("decision target '" + t.name() + "' is not a target of the run "
                            + known);
                }
            }
        }
    }

    /** The summary of {@code result}, a run of the EuroMesh model on {@code set}. */
    public static Summary of(RunResult result, ParameterSet set, String headlineTarget, String version) {
        RunSpec s = result.spec();
        Metadata m = new Metadata(version, s.seed(), result.samples(), s.samples(),
                s.method().name().toLowerCase(Locale.ROOT), s.blockSize(), set.scenario(),
                set.folder() == null ? Metadata.SHIPPED : set.folder().toString(), headlineTarget, s.headline(),
                s.hasPrecisionTarget() ? s.precision() : null, result.targetMet(),
                set.targets().stream().map(t -> new TargetInfo(t.name(), t.computeFlop(), t.nParams(), t.source())).toList(),
                set.regions().stream().map(Region::name).toList());
        return new Summary(FORMAT, FORMAT_VERSION, m, ParameterTable.rows(set).stream().map(InputEntry::of).toList(),
                result.outputs().stream().map(OutputEntry::of).toList(),
                result.trace().stream().map(TracePoint::of).toList(), null, null);
    }

    /** This summary with the sensitivity section's data. */
    public Summary withSensitivity(SensitivityData data) {
        return new Summary(format, formatVersion, metadata, inputs, outputs, trace, data, decision);
    }

    /** This summary with the decision sections' data. */
    public Summary withDecision(DecisionData data) {
        return new Summary(format, formatVersion, metadata, inputs, outputs, trace, sensitivity, data);
    }

    /** The output called {@code name}. */
    public OutputEntry output(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("summary has no output '" + name + "'"));
    }

    public Optional<OutputEntry> find(String name) {
        return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The estimate-grade inputs, which the report must flag. */
    public List<InputEntry> estimates() {
        return inputs.stream().filter(InputEntry::estimate).toList();
    }
}

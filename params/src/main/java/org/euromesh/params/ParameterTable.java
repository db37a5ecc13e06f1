package org.euromesh.params;

import java.util.List;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ImpliedSummary;

/** The rows of the parameter table: every parameter of a set with its implied P5/P50/P95. */
public final class ParameterTable {

    private ParameterTable() {
    }

    /** Scalars in file order, then each region's columns. */
    public static List<ParameterRow> rows(ParameterSet set) {
        return set.allParameters().stream().map(ParameterTable::row).toList();
    }

    public static ParameterRow row(Parameter p) {
        ImpliedSummary s = p.distribution().implied();
        return new ParameterRow(p.name(), p.central(), p.specText(), p.distribution().spec(), s.p5(), s.p50(), s.p95(),
                s.mean(), p.unit(), p.source(), p.confidence().label(), p.confidence() == Confidence.ESTIMATE, p.origin());
    }

    /** The estimate-grade inputs, which docs/MODEL.md says reports must list. */
    public static List<ParameterRow> estimates(ParameterSet set) {
        return rows(set).stream().filter(ParameterRow::isEstimate).toList();
    }
}

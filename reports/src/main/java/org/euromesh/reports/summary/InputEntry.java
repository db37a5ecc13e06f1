package org.euromesh.reports.summary;

import org.euromesh.params.ParameterRow;

/**
 * One model input as the report lists it: value, distribution, what it implies, and provenance.
 *
 * @param spec       the distribution as written (or {@code policy(<tag>)})
 * @param fitted     the distribution actually sampled, in canonical form
 * @param estimate   true for analyst estimates, which the report flags
 * @param origin     file:line the value was read from
 */
public record InputEntry(String name, double central, String spec, String fitted, double p5, double p50, double p95,
                         double mean, String unit, String source, String confidence, boolean estimate, String origin) {

    static InputEntry of(ParameterRow r) {
        return new InputEntry(r.name(), r.central(), r.spec(), r.fitted(), r.p5(), r.p50(), r.p95(), r.mean(), r.unit(),
                r.source(), r.confidence(), r.isEstimate(), r.origin() == null ? "" : r.origin().toString());
    }
}

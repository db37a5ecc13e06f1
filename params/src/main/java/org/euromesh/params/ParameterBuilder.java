package org.euromesh.params;

import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ConfidencePolicy;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Usable;

/**
 * Turns what a file says about one value into a validated {@link Parameter}: the unit is the
 * one the model expects, the distribution parses (or comes from the confidence policy), the
 * central lies in its support, both respect the quantity's physical range, and every number the
 * run will compute from the distribution can be computed ({@link Usable#checkMoments}).
 */
final class ParameterBuilder {

    private ParameterBuilder() {
    }

    /**
     * @param spec null to derive the distribution from the confidence policy
     */
    static Parameter build(ParameterSchema schema, String name, String unit, double central, String spec,
                           String source, Confidence confidence, SourceLocation at, ConfidencePolicy policy) {
        ParameterSchema.Entry entry = schema.lookup(name);
        if (entry == null) {
            throw new ParameterException(at, name, "unknown parameter; expected one of " + schema.expected());
        }
        if (!entry.unit().equalsIgnoreCase(unit.trim())) {
            throw new ParameterException(at, name, "unit must be '" + entry.unit() + "', got '" + unit + "'");
        }
        if (source == null || source.isBlank()) {
            throw new ParameterException(at, name, "missing source (a URL or document for the value)");
        }
        Quantity q = entry.quantity();
        if (!q.contains(central)) {
            throw new ParameterException(at, name, "central " + Specs.show(central) + " must be " + q.description);
        }
        Distribution d;
        String specText;
        if (spec == null) {
            d = Specs.policy(policy, central, confidence, q, at, name);
            specText = Specs.policyText(confidence);
        } else {
            d = Specs.parse(spec, central, at, name);
            specText = spec.trim();
        }
        try {
            // Percentiles, moments and extreme quantiles run now, so a spec that parses but
            // cannot be computed fails here with file:line; the quantile tables follow, all
            // parameters at once, when the set is complete (ParameterLoader).
            Usable.checkMoments(d);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(at, name, e.getMessage());
        }
        double lo = d.lowerBound();
        double hi = d.upperBound();
        if (central < lo || central > hi) {
            throw new ParameterException(at, name, "central " + Specs.show(central) + " is outside the support ["
                    + Specs.show(lo) + ", " + Specs.show(hi) + "] of " + specText);
        }
        if (spec != null) {
            CentralRule.check(name, central, d, specText, at);
        }
        if (!q.contains(lo) || !q.contains(hi)) {
            throw new ParameterException(at, name, "distribution " + specText + " has support ["
                    + Specs.show(lo) + ", " + Specs.show(hi) + "], but every value must be " + q.description);
        }
        return new Parameter(name, entry.unit(), central, d, specText, source.trim(), confidence, at);
    }

    static Confidence confidence(String text, SourceLocation at, String param) {
        try {
            return Confidence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(at, param, e.getMessage());
        }
    }
}

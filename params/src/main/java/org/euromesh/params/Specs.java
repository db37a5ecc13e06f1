package org.euromesh.params;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ConfidencePolicy;
import org.euromesh.distributions.Distribution;
import org.euromesh.distributions.Fixed;
import org.euromesh.distributions.SpecParseException;
import org.euromesh.distributions.SpecParser;

/**
 * Spec texts as the parameter files write them: parsing (errors wrapped with file, line and
 * parameter), the bare word {@code fixed}, the confidence policy, and reading a spec's family
 * and named arguments so an overlay knows how to move a distribution.
 */
final class Specs {

    /** Spec text of a distribution derived from the confidence policy, e.g. {@code policy(low)}. */
    static final String POLICY = "policy";

    private Specs() {
    }

    static Distribution parse(String spec, double central, SourceLocation at, String param) {
        if (spec.trim().equalsIgnoreCase("fixed")) {
            // The bare word means "no spread": the central is the value.
            return Fixed.of(central);
        }
        try {
            return SpecParser.parse(spec);
        } catch (SpecParseException e) {
            // The parser's message already names the column within the spec.
            throw new ParameterException(at, param, "invalid distribution: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(at, param, "invalid distribution '" + spec + "': " + e.getMessage());
        }
    }

    /** The confidence policy around {@code central}, clipped at the quantity's physical range. */
    static Distribution policy(ConfidencePolicy policy, double central, Confidence confidence, Quantity q,
                               SourceLocation at, String param) {
        if (policy.halfWidth(confidence) * Math.abs(central) == 0) {
            return Fixed.of(central); // a zero-width PERT is degenerate; it is just the value
        }
        try {
            return policy.apply(central, confidence, q.lower, q.upper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(at, param, "confidence policy (" + confidence.label() + "): " + e.getMessage());
        }
    }

    static String policyText(Confidence confidence) {
        return POLICY + "(" + confidence.label() + ")";
    }

    /** The family word of a spec: {@code pert}, {@code tri}, {@code fixed}, {@code policy}, ... */
    static String family(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        int open = s.indexOf('(');
        String f = (open < 0 ? s : s.substring(0, open)).trim();
        return f.equals("triangular") ? "tri" : f;
    }

    /** Named arguments ({@code mean=7.6}) of a spec, lower-cased keys; positional ones are skipped. */
    static Map<String, String> namedArgs(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        int open = spec.indexOf('(');
        int close = spec.lastIndexOf(')');
        if (open < 0 || close < open) {
            return out;
        }
        for (String part : spec.substring(open + 1, close).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return out;
    }

    /** A number for a message: four significant digits are enough to find the value in a file. */
    static String show(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).round(new java.math.MathContext(4)).stripTrailingZeros().toString();
    }

    /** A number as a spec argument: plain decimal, no exponent unless very large or small. */
    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e15) {
            return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
        return Double.toString(x);
    }
}

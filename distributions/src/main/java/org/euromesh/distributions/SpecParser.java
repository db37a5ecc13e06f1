package org.euromesh.distributions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the compact distribution syntax users write in parameter files and on the command line.
 *
 * <pre>
 *   3                                    fixed(3)
 *   uniform(a, b)                        tri(a, m, b)          tri(p10=.., p50=.., p90=..)
 *   pert(a, m, b)                        pert(a, m, b, lambda=6)
 *   pert(min=2, max=10, mean=7.6)        normal(mu, sigma)     normal(p5=.., p95=..)
 *   truncnormal(mu, sigma, lo, hi)       lognormal(mu, sigma)  lognormal(p5=1.03, p95=2.0)
 *   beta(a, b)  beta(a, b, min, max)     gamma(shape, scale)   bernoulli(p)
 *   categorical(values=[1,2,3], weights=[0.2,0.5,0.3])         empirical([1.2, 3.4, ...])
 * </pre>
 *
 * Arguments are positional or named ({@code name=value}); numbers use Java double syntax, plus
 * {@code inf}/{@code -inf}. Every error, syntactic or semantic, is a {@link SpecParseException}
 * giving the column. {@link Distribution#spec()} writes text this class reads back to an equal
 * distribution.
 */
public final class SpecParser {
    /** Family names accepted, in the order listed in error messages. */
    public static final List<String> FAMILIES = List.of("fixed", "uniform", "tri", "triangular", "pert", "normal",
            "truncnormal", "lognormal", "beta", "gamma", "bernoulli", "categorical", "empirical");

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d+(\\.\\d+)?)");

    private final String text;
    private int pos;

    private SpecParser(String text) {
        this.text = text;
    }

    /**
     * Parses one distribution spec.
     *
     * @throws SpecParseException on any syntax or semantic error
     */
    public static Distribution parse(String text) {
        if (text == null) {
            throw new SpecParseException("", 0, "expected a distribution spec, got nothing");
        }
        SpecParser p = new SpecParser(text);
        Distribution d = p.spec();
        p.skipWs();
        if (p.pos < text.length()) {
            throw p.error(p.pos, "unexpected '" + text.charAt(p.pos) + "' after the end of the spec");
        }
        return d;
    }

    // ---------------------------------------------------------------- syntax

    private record Arg(String name, int pos, double value, double[] list) {
        boolean isList() {
            return list != null;
        }
    }

    private Distribution spec() {
        skipWs();
        if (pos >= text.length()) {
            throw error(pos, "expected a number or a distribution such as pert(2, 5, 10)");
        }
        int start = pos;
        if (startsNumber()) {
            double v = number();
            return build("fixed", start, List.of(new Arg(null, start, v, null)));
        }
        if (!Character.isLetter(text.charAt(pos))) {
            throw error(pos, "expected a number or a distribution name, got '" + text.charAt(pos) + "'");
        }
        String name = identifier().toLowerCase(Locale.ROOT);
        skipWs();
        expect('(');
        List<Arg> args = new ArrayList<>();
        skipWs();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                args.add(arg());
                skipWs();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw error(pos, pos >= text.length() ? "expected ',' or ')' but the spec ended"
                            : "expected ',' or ')'");
                }
            }
        }
        return build(name, start, args);
    }

    private Arg arg() {
        skipWs();
        int start = pos;
        String name = null;
        if (pos < text.length() && Character.isLetter(text.charAt(pos)) && !startsNumber()) {
            name = identifier().toLowerCase(Locale.ROOT);
            skipWs();
            if (peek() != '=') {
                // a bare word is not a value: report it as a missing number where it starts
                pos = start;
                throw error(start, "expected a number");
            }
            pos++;
            skipWs();
        }
        int valuePos = pos;
        if (peek() == '[') {
            pos++;
            List<Double> values = new ArrayList<>();
            skipWs();
            if (peek() != ']') {
                while (true) {
                    skipWs();
                    values.add(number());
                    skipWs();
                    char c = peek();
                    if (c == ',') {
                        pos++;
                    } else if (c == ']') {
                        break;
                    } else {
                        throw error(pos, "expected ',' or ']'");
                    }
                }
            }
            pos++;
            double[] list = values.stream().mapToDouble(Double::doubleValue).toArray();
            return new Arg(name, name == null ? valuePos : start, Double.NaN, list);
        }
        return new Arg(name, name == null ? valuePos : start, number(), null);
    }

    private boolean startsNumber() {
        char c = peek();
        if (Character.isDigit(c) || c == '.' || c == '+' || c == '-') {
            return true;
        }
        String rest = text.substring(pos).toLowerCase(Locale.ROOT);
        return rest.startsWith("inf") && !(rest.length() > 3 && Character.isLetterOrDigit(rest.charAt(3))
                && !rest.startsWith("infinity"));
    }

    private double number() {
        int start = pos;
        String rest = text.substring(pos).toLowerCase(Locale.ROOT);
        String sign = "";
        if (rest.startsWith("+") || rest.startsWith("-")) {
            sign = rest.substring(0, 1);
            rest = rest.substring(1);
        }
        for (String inf : new String[] {"infinity", "inf"}) {
            if (rest.startsWith(inf)) {
                pos += sign.length() + inf.length();
                return "-".equals(sign) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean expSign = (c == '+' || c == '-') && pos > start
                    && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E');
            if (Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || expSign || (pos == start && (c == '+'
                    || c == '-'))) {
                pos++;
            } else {
                break;
            }
        }
        String token = text.substring(start, pos);
        try {
            if (token.isEmpty() || !Character.isDigit(token.charAt(token.length() - 1)) && !token.endsWith(".")) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            pos = start;
            throw error(start, "expected a number");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(pos, pos >= text.length() ? "expected '" + c + "' but the spec ended" : "expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWs() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SpecParseException error(int at, String detail) {
        return new SpecParseException(text, at, detail);
    }

    // ---------------------------------------------------------------- semantics

    private Distribution build(String family, int at, List<Arg> args) {
        try {
            return switch (family) {
                case "fixed" -> Fixed.of(num(bind(family, at, args, new String[] {"value"}, 1), "value"));
                case "uniform" -> {
                    Map<String, Arg> m = bind(family, at, args, new String[] {"min", "max"}, 2);
                    yield Uniform.of(num(m, "min"), num(m, "max"));
                }
                case "tri", "triangular" -> {
                    if (hasName(args, "p10") || hasName(args, "p50") || hasName(args, "p90")) {
                        Map<String, Arg> m = bind(family, at, args, new String[] {"p10", "p50", "p90"}, 3);
                        yield Fits.triangularFromP10P50P90(num(m, "p10"), num(m, "p50"), num(m, "p90"));
                    }
                    Map<String, Arg> m = bind(family, at, args, new String[] {"min", "mode", "max"}, 3);
                    yield Triangular.of(num(m, "min"), num(m, "mode"), num(m, "max"));
                }
                case "pert" -> {
                    if (hasName(args, "mean")) {
                        Map<String, Arg> m = bind(family, at, args, new String[] {"min", "max", "mean"}, 3);
                        yield Fits.pertFromMean(num(m, "min"), num(m, "max"), num(m, "mean"));
                    }
                    Map<String, Arg> m = bind(family, at, args, new String[] {"min", "mode", "max", "lambda"}, 3);
                    double lambda = m.containsKey("lambda") ? num(m, "lambda") : Pert.DEFAULT_LAMBDA;
                    yield Pert.of(num(m, "min"), num(m, "mode"), num(m, "max"), lambda);
                }
                case "normal" -> {
                    double[] pp = percentiles(family, at, args);
                    if (pp != null) {
                        yield Fits.normalFromPercentiles(pp[0], pp[1], pp[2], pp[3]);
                    }
                    Map<String, Arg> m = bind(family, at, args, new String[] {"mu", "sigma"}, 2);
                    yield Normal.of(num(m, "mu"), num(m, "sigma"));
                }
                case "truncnormal" -> {
                    Map<String, Arg> m = bind(family, at, args, new String[] {"mu", "sigma", "lo", "hi"}, 4);
                    yield TruncatedNormal.of(num(m, "mu"), num(m, "sigma"), num(m, "lo"), num(m, "hi"));
                }
                case "lognormal" -> {
                    double[] pp = percentiles(family, at, args);
                    if (pp != null) {
                        yield Fits.lognormalFromPercentiles(pp[0], pp[1], pp[2], pp[3]);
                    }
                    Map<String, Arg> m = bind(family, at, args, new String[] {"mu", "sigma"}, 2);
                    yield LogNormal.of(num(m, "mu"), num(m, "sigma"));
                }
                case "beta" -> {
                    Map<String, Arg> m = bind(family, at, args, new String[] {"alpha", "beta", "min", "max"}, 2);
                    if (m.containsKey("min") != m.containsKey("max")) {
                        throw error(at, "beta takes both min and max, or neither");
                    }
                    yield m.containsKey("min")
                            ? Beta.of(num(m, "alpha"), num(m, "beta"), num(m, "min"), num(m, "max"))
                            : Beta.of(num(m, "alpha"), num(m, "beta"));
                }
                case "gamma" -> {
                    Map<String, Arg> m = bind(family, at, args, new String[] {"shape", "scale"}, 2);
                    yield Gamma.of(num(m, "shape"), num(m, "scale"));
                }
                case "bernoulli" -> Bernoulli.of(num(bind(family, at, args, new String[] {"p"}, 1), "p"));
                case "categorical" -> {
                    Map<String, Arg> m = bind(family, at, args, new String[] {"values", "weights"}, 2);
                    yield Categorical.of(list(m, "values"), list(m, "weights"));
                }
                case "empirical" -> Empirical.of(list(bind(family, at, args, new String[] {"data"}, 1), "data"));
                default -> throw error(at, "unknown distribution '" + family + "'; known: "
                        + String.join(", ", FAMILIES));
            };
        } catch (SpecParseException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SpecParseException(text, at, e.getMessage(), e);
        }
    }

    private static boolean hasName(List<Arg> args, String name) {
        for (Arg a : args) {
            if (name.equals(a.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds positional then named arguments to parameter names; the first {@code required} names
     * must be present, the rest are optional.
     */
    private Map<String, Arg> bind(String family, int at, List<Arg> args, String[] names, int required) {
        Map<String, Arg> m = new LinkedHashMap<>();
        int positional = 0;
        boolean seenNamed = false;
        for (Arg a : args) {
            if (a.name() == null) {
                if (seenNamed) {
                    throw error(a.pos(), "positional argument after a named one");
                }
                if (positional >= names.length) {
                    throw error(a.pos(), family + " takes at most " + names.length + " arguments ("
                            + String.join(", ", names) + ")");
                }
                m.put(names[positional++], a);
            } else {
                seenNamed = true;
                if (!List.of(names).contains(a.name())) {
                    throw error(a.pos(), family + " has no parameter '" + a.name() + "'; expected "
                            + String.join(", ", names));
                }
                if (m.containsKey(a.name())) {
                    throw error(a.pos(), "parameter '" + a.name() + "' given twice");
                }
                m.put(a.name(), a);
            }
        }
        for (int i = 0; i < required; i++) {
            if (!m.containsKey(names[i])) {
                throw error(at, family + " needs " + String.join(", ", List.of(names).subList(0, required))
                        + "; missing " + names[i]);
            }
        }
        return m;
    }

    private double num(Map<String, Arg> m, String name) {
        Arg a = m.get(name);
        if (a.isList()) {
            throw error(a.pos(), "expected a number for '" + name + "', got a list");
        }
        return a.value();
    }

    private double[] list(Map<String, Arg> m, String name) {
        Arg a = m.get(name);
        if (!a.isList()) {
            throw error(a.pos(), "expected a list [x, y, ...] for '" + name + "'");
        }
        return a.list();
    }

    /** {@code pNN=x} pairs, e.g. p5 and p95, as {pLow, xLow, pHigh, xHigh}; null if none given. */
    private double[] percentiles(String family, int at, List<Arg> args) {
        List<Arg> ps = new ArrayList<>();
        for (Arg a : args) {
            if (a.name() != null && PERCENTILE.matcher(a.name()).matches()) {
                ps.add(a);
            }
        }
        if (ps.isEmpty()) {
            return null;
        }
        if (ps.size() != 2 || args.size() != 2) {
            throw error(at, family + " from percentiles takes exactly two, e.g. " + family + "(p5=1, p95=2)");
        }
        Arg a = ps.get(0);
        Arg b = ps.get(1);
        double pa = Double.parseDouble(a.name().substring(1)) / 100;
        double pb = Double.parseDouble(b.name().substring(1)) / 100;
        if (a.isList() || b.isList()) {
            throw error(a.isList() ? a.pos() : b.pos(), "expected a number");
        }
        if (pa > pb) {
            Arg t = a;
            a = b;
            b = t;
            double tp = pa;
            pa = pb;
            pb = tp;
        }
        if (!(pa > 0 && pa < pb && pb < 1)) {
            throw error(a.pos(), "percentile levels must be distinct and strictly between p0 and p100, got "
                    + a.name() + " and " + b.name());
        }
        if (!(a.value() < b.value())) {
            throw error(b.pos(), a.name().toUpperCase(Locale.ROOT) + " = " + Specs.num(a.value()) + " must be < "
                    + b.name().toUpperCase(Locale.ROOT) + " = " + Specs.num(b.value()));
        }
        return new double[] {pa, a.value(), pb, b.value()};
    }
}

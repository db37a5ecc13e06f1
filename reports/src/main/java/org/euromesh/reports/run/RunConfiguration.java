package org.euromesh.reports.run;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.params.ParameterSet;

/**
 * Everything a {@code euromesh run} result and its report depend on, as data that travels to a
 * Spark executor or into a partial file: the parameters, scenario, headline target, the run
 * spec's identity (seed, samples or cap, method, block size, precision target) and whether the
 * report has its sensitivity and decision sections. The thread count is not part of it: it never changes a
 * result.
 *
 * <p>{@link #canonical()} is the configuration as text, one {@code key=value} per line in a fixed
 * order, with the SHA-256 of every parameter file instead of its text and the euromesh version:
 * two partials belong to the same run exactly when their canonical texts are equal.
 *
 * @param params      where the parameters come from
 * @param scenario    scenario name
 * @param target      headline target
 * @param seed        the run's seed
 * @param samples     N, or the cap of a precision-controlled run
 * @param method      sampling method
 * @param blockSize   samples per block
 * @param precision   target half-width of the headline P(win); NaN for a fixed-N run
 * @param sensitivity whether the report has the quick sensitivity section
 * @param decision    whether the report has the decision sections (scenario discovery, value of information)
 * @param version     euromesh version
 */
public record RunConfiguration(ParameterSource params, String scenario, String target, long seed, long samples,
                               SamplingMethod method, int blockSize, double precision, boolean sensitivity,
                               boolean decision, String version) implements Serializable {

    public RunConfiguration {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(version, "version");
        // Validates seed, samples, block size and precision the way every run does.
        new RunSpec(seed, samples, method, 1, blockSize, Outputs.win(target), precision);
    }

    /** The configuration of a run of {@code spec} (its thread count dropped) on {@code params}. */
    public static RunConfiguration of(ParameterSource params, String scenario, String target, RunSpec spec,
                                      boolean sensitivity, boolean decision, String version) {
        return new RunConfiguration(params, scenario, target, spec.seed(), spec.samples(), spec.method(),
                spec.blockSize(), spec.precision(), sensitivity, decision, version);
    }

    /** The run spec with {@code threads} worker threads. */
    public RunSpec spec(int threads) {
        return new RunSpec(seed, samples, method, threads, blockSize, Outputs.win(target), precision);
    }

    /** The parameter set, loaded from the folder as given (driver, job-array task, merge). */
    public ParameterSet loadParameters() {
        return params.load(scenario);
    }

    /** The model rebuilt from the carried parameter texts (a Spark executor). */
    public EuroMeshModel detachedModel() {
        return EuroMeshModel.of(params.loadDetached(scenario), target);
    }

    /** The configuration as {@code key=value} lines, in a fixed order (see the class comment). */
    public String canonical() {
        StringBuilder b = new StringBuilder();
        fields().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /** {@link #canonical()} as an ordered map. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("euromesh", version);
        f.put("params", params.isShipped() ? SHIPPED : params.folder());
        params.sha256().forEach((file, hash) -> f.put("params.sha256." + file, hash));
        f.put("scenario", scenario);
        f.put("target", target);
        f.put("seed", Long.toString(seed));
        f.put(Double.isNaN(precision) ? "samples" : "max-samples", Long.toString(samples));
        f.put("precision", Double.isNaN(precision) ? "none" : Double.toString(precision));
        f.put("method", method.name().toLowerCase(Locale.ROOT));
        f.put("block-size", Integer.toString(blockSize));
        f.put("sensitivity", Boolean.toString(sensitivity));
        f.put("decision", Boolean.toString(decision));
        return f;
    }

    /** {@code params} value of the shipped baseline. */
    public static final String SHIPPED = "shipped";

    /**
     * Parses what {@link #canonical()} wrote back into fields, in order.
     *
     * @throws IllegalArgumentException on a line without '=' or a repeated key
     */
    public static Map<String, String> parseFields(String canonical) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : canonical.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || f.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("malformed run configuration line '" + line + "'");
            }
        }
        return f;
    }

    /**
     * The configuration a canonical text describes, with the parameter files read again from disk
     * (for a merge): its own {@link #canonical()} differs from {@code canonical} if a file changed.
     *
     * @throws IllegalArgumentException if a field is missing or malformed
     */
    public static RunConfiguration reread(String canonical) {
        Map<String, String> f = parseFields(canonical);
        String paramsField = need(f, "params");
        ParameterSource src = SHIPPED.equals(paramsField) ? ParameterSource.shipped()
                : ParameterSource.of(Path.of(paramsField));
        boolean precise = !"none".equals(need(f, "precision"));
        try {
            long samples = Long.parseLong(need(f, precise ? "max-samples" : "samples"));
            double precision = precise ? Double.parseDouble(f.get("precision")) : Double.NaN;
            SamplingMethod method = SamplingMethod.valueOf(need(f, "method").toUpperCase(Locale.ROOT));
            return new RunConfiguration(src, need(f, "scenario"), need(f, "target"), Long.parseLong(need(f, "seed")),
                    samples, method, Integer.parseInt(need(f, "block-size")),
                    precision, Boolean.parseBoolean(need(f, "sensitivity")), Boolean.parseBoolean(need(f, "decision")),
                    need(f, "euromesh"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed run configuration: " + e.getMessage(), e);
        }
    }

    private static String need(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalArgumentException("run configuration has no '" + key + "'");
        }
        return v;
    }
}

package org.euromesh.reports.check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.summary.Metadata;
import org.euromesh.reports.summary.Summary;

/**
 * A run as a baseline records it: enough to redo it.
 *
 * @param seed      seed
 * @param samples   N, or the cap of a precision-controlled run
 * @param method    sampling method
 * @param blockSize samples per block
 * @param scenario  scenario name
 * @param params    parameter folder; null for the shipped parameters
 * @param target    headline target
 * @param precision target half-width of P(win); null for a fixed-N run
 */
public record RunConfig(long seed, long samples, SamplingMethod method, int blockSize, String scenario, Path params,
                        String target, Double precision) {

    /** Defaults for a new baseline: a rerun takes a second or two. */
    public static final long DEFAULT_SAMPLES = 200_000L;

    public RunConfig {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
    }

    /** The run a baseline describes. */
    public static RunConfig of(Metadata m) {
        SamplingMethod method;
        try {
            method = SamplingMethod.valueOf(m.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseline: unknown sampling method '" + m.method() + "'", e);
        }
        return new RunConfig(m.seed(), m.maxSamples(), method, m.blockSize(), m.scenario(),
                Metadata.SHIPPED.equals(m.params()) ? null : Path.of(m.params()), m.headlineTarget(), m.precision());
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(s, samples, method, blockSize, scenario, params, target, precision);
    }

    /** A fixed-N run of {@code n} samples (drops any precision target). */
    public RunConfig withSamples(long n) {
        return new RunConfig(seed, n, method, blockSize, scenario, params, target, null);
    }

    public RunConfig withParams(Path p) {
        return new RunConfig(seed, samples, method, blockSize, scenario, p, target, precision);
    }

    public RunConfig withScenario(String s) {
        return new RunConfig(seed, samples, method, blockSize, s, params, target, precision);
    }

    public RunConfig withTarget(String t) {
        return new RunConfig(seed, samples, method, blockSize, scenario, params, t, precision);
    }

    public RunConfig withMethod(SamplingMethod m) {
        return new RunConfig(seed, samples, m, blockSize, scenario, params, target, precision);
    }

    /** Runs it; the thread count changes only the speed. Bad parameters throw IllegalArgumentException. */
    public Summary run(int threads, String version) {
        return run(threads, version, org.euromesh.engine.ProgressListener.NONE);
    }

    /** {@link #run(int, String)}, telling {@code progress} of the samples done after every block. */
    public Summary run(int threads, String version, org.euromesh.engine.ProgressListener progress) {
        ParameterSet base = params == null ? ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA)
                : ParameterLoader.load(params, EuroMeshInputs.SCHEMA);
        ParameterSet set = ParameterLoader.scenario(base, scenario);
        EuroMeshModel model = EuroMeshModel.of(set, target);
        RunSpec spec = new RunSpec(seed, samples, method, threads, blockSize, Outputs.win(target),
                precision == null ? Double.NaN : precision);
        RunResult r = Sampler.run(model, spec, progress);
        return Summary.of(r, set, target, version);
    }
}

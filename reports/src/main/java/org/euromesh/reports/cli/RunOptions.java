package org.euromesh.reports.cli;

import java.util.Locale;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that define a Monte Carlo run, shared by {@code run} and {@code sensitivity}. */
public final class RunOptions {

    /** Default seed: the reference study's publication month, so the shipped numbers are reproducible. */
    public static final long DEFAULT_SEED = 20260601L;
    /** Default N: a second or two on a laptop, P(win) to about ±0.0003. */
    public static final long DEFAULT_SAMPLES = 1_000_000L;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Size size = new Size();

    static final class Size {
        @Option(names = "--samples", paramLabel = "N", converter = CountConverter.class,
                description = "Number of Monte Carlo samples, 1 to 10^10; 1e6 and 1_000_000 are accepted (default: 1000000).")
        Long samples;

        @Option(names = "--precision", paramLabel = "P",
                description = "Sample until the 95%% half-width of the headline P(win) is at most P, 1e-5 <= P < 0.5 "
                        + "(e.g. 0.001).")
        Double precision;
    }

    @Option(names = "--max-samples", paramLabel = "N", defaultValue = "100000000", converter = CountConverter.class,
            description = "Cap for --precision runs, at most 10^10 (default: ${DEFAULT-VALUE}).")
    long maxSamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260601", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1 to 64 (or the core count if larger) (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--method", paramLabel = "mc|lhs|sobol", defaultValue = "mc",
            description = "Sampling method: plain Monte Carlo, Latin hypercube or scrambled Sobol (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--target", paramLabel = "NAME", defaultValue = EuroMeshModel.DEFAULT_HEADLINE,
            description = "Headline target: the scorecard and --precision use it (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--block-size", paramLabel = "B", defaultValue = "65536",
            description = "Samples per block (default: ${DEFAULT-VALUE}). Part of the result's identity: the same seed "
                    + "with another block size gives other (equally valid) numbers; run --blocks counts in these blocks.")
    int blockSize;

    /** Largest --block-size: the bound a baseline's blockSize is held to (README, Limits). */
    static final int MAX_BLOCK_SIZE = 1 << 20;

    private int blockSize() {
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--block-size must be between 1 and %,d (2^20), got %,d", MAX_BLOCK_SIZE, blockSize));
        }
        return blockSize;
    }

    /** The run spec; bad values throw IllegalArgumentException (exit 2), before any work. */
    public RunSpec spec() {
        SamplingMethod m = parseMethod(method);
        int t = Bounds.threads(threads);
        String headline = Outputs.win(target);
        if (size.precision != null) {
            return new RunSpec(seed, Bounds.samples("--max-samples", maxSamples), m, t, blockSize(), headline,
                    Bounds.precision(size.precision));
        }
        long n = size.samples == null ? DEFAULT_SAMPLES : Bounds.samples("--samples", size.samples);
        return new RunSpec(seed, n, m, t, blockSize(), headline, Double.NaN);
    }

    /** Samples the run will evaluate at most (a precision run: what its target needs in the worst case). */
    static long plannedSamples(RunSpec s) {
        return s.hasPrecisionTarget() ? Bounds.precisionSamples(s.precision(), s.samples()) : s.samples();
    }

    static SamplingMethod parseMethod(String text) {
        try {
            return SamplingMethod.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--method must be mc, lhs or sobol, got '" + text + "'", e);
        }
    }
}

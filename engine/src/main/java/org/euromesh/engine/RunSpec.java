package org.euromesh.engine;

import org.euromesh.engine.sampling.SamplingMethod;

import java.util.Objects;

/**
 * What to run: everything a result depends on. A run is a pure function of (model, seed, samples
 * or precision target, method, block size); {@link #threads} only changes how fast it runs.
 *
 * <p>Create with {@link #of(long, long)} or {@link #ofPrecision(long, String, double, long)} and
 * adjust with the {@code with...} methods; every path validates.
 *
 * @param seed      the run's seed; block {@code k} draws from a stream derived from (seed, k) only
 * @param samples   N for a fixed-size run; the cap {@code maxSamples} for a precision-controlled run
 * @param method    MC, LHS or SOBOL
 * @param threads   worker threads (≥ 1); not part of the result's identity
 * @param blockSize samples per block (≥ 1); part of the result's identity
 * @param headline  name of an INDICATOR output whose probability is traced after each block and,
 *                  with a precision target, controls stopping; {@code null} for none
 * @param precision target 95% Wilson half-width of the headline probability, in (0, 0.5);
 *                  {@code NaN} for a fixed-size run
 */
public record RunSpec(long seed, long samples, SamplingMethod method, int threads, int blockSize, String headline,
                      double precision) implements java.io.Serializable {

    /** Default samples per block: 2^16. */
    public static final int DEFAULT_BLOCK_SIZE = 65_536;

    /** Sobol points are 52-bit; the sequence has 2^52 points. */
    public static final long MAX_SOBOL_SAMPLES = 1L << 52;

    public RunSpec {
        Objects.requireNonNull(method, "method");
        boolean precise = !Double.isNaN(precision);
        if (samples <= 0) {
            throw new IllegalArgumentException((precise ? "maxSamples" : "samples") + " must be > 0, got " + samples);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, got " + threads);
        }
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, got " + blockSize);
        }
        if (headline != null && headline.isBlank()) {
            throw new IllegalArgumentException("headline output name must not be blank");
        }
        if (precise) {
            if (!(precision > 0.0 && precision < 0.5)) {
                throw new IllegalArgumentException(
                        "precision target (95% half-width of a probability) must be in (0, 0.5), got " + precision);
            }
            if (headline == null) {
                throw new IllegalArgumentException("a precision target needs a headline indicator output");
            }
        }
        if (method == SamplingMethod.SOBOL && samples > MAX_SOBOL_SAMPLES) {
            throw new IllegalArgumentException("SOBOL supports at most 2^52 samples, got " + samples);
        }
    }

    /** N samples of plain MC, default block size, one thread per available processor, no headline. */
    public static RunSpec of(long seed, long samples) {
        return new RunSpec(seed, samples, SamplingMethod.MC, defaultThreads(), DEFAULT_BLOCK_SIZE, null, Double.NaN);
    }

    /**
     * Sample blocks until the 95% Wilson half-width of the headline indicator's probability is
     * at most {@code halfWidth}, or {@code maxSamples} is reached.
     */
    public static RunSpec ofPrecision(long seed, String headline, double halfWidth, long maxSamples) {
        Objects.requireNonNull(headline, "headline");
        if (Double.isNaN(halfWidth)) {
            throw new IllegalArgumentException(
                    "precision target (95% half-width of a probability) must be in (0, 0.5), got NaN");
        }
        return new RunSpec(seed, maxSamples, SamplingMethod.MC, defaultThreads(), DEFAULT_BLOCK_SIZE, headline,
                halfWidth);
    }

    public RunSpec withMethod(SamplingMethod m) {
        return new RunSpec(seed, samples, m, threads, blockSize, headline, precision);
    }

    public RunSpec withThreads(int t) {
        return new RunSpec(seed, samples, method, t, blockSize, headline, precision);
    }

    public RunSpec withBlockSize(int b) {
        return new RunSpec(seed, samples, method, threads, b, headline, precision);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(s, samples, method, threads, blockSize, headline, precision);
    }

    /** Traces (and, with a precision target, controls stopping by) this INDICATOR output. */
    public RunSpec withHeadline(String h) {
        return new RunSpec(seed, samples, method, threads, blockSize, h, precision);
    }

    /** True when the run stops on the headline's precision rather than at a fixed N. */
    public boolean hasPrecisionTarget() {
        return !Double.isNaN(precision);
    }

    /** Blocks needed for {@link #samples} (the last one may be partial). */
    public long blocks() {
        return (samples + blockSize - 1) / blockSize;
    }

    /** Samples in block {@code k}: {@code blockSize}, except a partial last block. */
    public int blockLength(long k) {
        if (k < 0 || k >= blocks()) {
            throw new IndexOutOfBoundsException("block " + k + " of " + blocks());
        }
        return (int) Math.min(blockSize, samples - k * blockSize);
    }

    /** The same spec with {@code threads = 1}: what a result's identity depends on. */
    public RunSpec identity() {
        return threads == 1 ? this : withThreads(1);
    }

    private static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}

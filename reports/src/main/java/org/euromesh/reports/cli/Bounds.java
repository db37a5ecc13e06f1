package org.euromesh.reports.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The documented limits of every numeric option (README "Limits"), checked before any work so
 * that a value the program cannot honour is refused with exit 2 instead of overflowing, running
 * for days, or producing a report of NaN. Design sizes are multiplied with
 * {@link Math#multiplyExact}, never with plain {@code *}.
 */
final class Bounds {

    /** Samples of one run ({@code run}, {@code check}, {@code --max-samples}): about 7 hours on 2 cores. */
    static final long MAX_SAMPLES = 10_000_000_000L;
    /**
     * Smallest {@code --precision}: a 95% Wilson half-width of 1e-5 needs up to
     * 1.96² · 0.25 / 1e-10 ≈ 9.6e9 samples, just within {@link #MAX_SAMPLES}.
     */
    static final double MIN_PRECISION = 1e-5;
    /** Largest {@code --precision}: a half-width of 0.5 or more says nothing about a probability. */
    static final double MAX_PRECISION = 0.5;
    /** Threads: at most this many, or the number of cores if larger (each thread holds its own buffers). */
    static final int MAX_THREADS = 64;
    /** Base size N of {@code sensitivity}'s Sobol design (N·(d+groups+2) evaluations) and rank sample (5·N). */
    static final int MIN_SENSITIVITY_SAMPLES = 16;
    static final int MAX_SENSITIVITY_SAMPLES = 1_000_000;
    /** Draws written by {@code distribution --samples}: about 2 GB of text. */
    static final long MAX_DRAWS = 100_000_000L;
    /** Model evaluations per second per thread, for the "this will take long" note (README: 0.46-0.49 M). */
    static final double EVALUATIONS_PER_SECOND_PER_THREAD = 400_000;
    /** Runs estimated above this many seconds are announced before they start. */
    static final double LONG_RUN_SECONDS = 3600;

    private Bounds() {
    }

    /** A sample count for {@code option}: 1 to {@link #MAX_SAMPLES}. */
    static long samples(String option, long n) {
        if (n < 1 || n > MAX_SAMPLES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between 1 and %,d (10^10), got %,d",
                    option, MAX_SAMPLES, n));
        }
        return n;
    }

    /** {@code --precision}: a finite half-width in [{@link #MIN_PRECISION}, {@link #MAX_PRECISION}). */
    static double precision(double p) {
        if (!(p >= MIN_PRECISION && p < MAX_PRECISION)) {
            throw new IllegalArgumentException("--precision must be a half-width of at least 1e-05 and below 0.5 "
                    + "(e.g. 0.001), got " + p);
        }
        return p;
    }

    /** Largest accepted thread count on this machine. */
    static int maxThreads() {
        return Math.max(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** {@code --threads}: null means all cores; otherwise 1 to {@link #maxThreads()}. */
    static int threads(Integer t) {
        if (t == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        int max = maxThreads();
        if (t < 1 || t > max) {
            throw new IllegalArgumentException("--threads must be between 1 and " + max
                    + " (results do not depend on it), got " + t);
        }
        return t;
    }

    /** {@code sensitivity --samples}. */
    static int sensitivitySamples(int n) {
        if (n < MIN_SENSITIVITY_SAMPLES || n > MAX_SENSITIVITY_SAMPLES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--samples must be between %d and %,d, got %,d",
                    MIN_SENSITIVITY_SAMPLES, MAX_SENSITIVITY_SAMPLES, n));
        }
        return n;
    }

    /** {@code distribution --samples}. */
    static long draws(long n) {
        if (n < 1 || n > MAX_DRAWS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--samples must be between 1 and %,d, got %,d",
                    MAX_DRAWS, n));
        }
        return n;
    }

    /** {@code check --alpha}: a family-wise false-alarm rate strictly between 0 and 1. */
    static double alpha(double a) {
        if (!(a > 0 && a < 1)) {
            throw new IllegalArgumentException("--alpha must lie strictly between 0 and 1 (e.g. 0.001), got " + a);
        }
        return a;
    }

    /** Samples a precision-controlled run may need at most: the worst case p = 1/2, capped at {@code max}. */
    static long precisionSamples(double precision, long max) {
        double z = 1.959963984540054;
        double n = Math.ceil(z * z * 0.25 / (precision * precision));
        return n >= max ? max : (long) n;
    }

    /**
     * A note for runs estimated above an hour ({@link #EVALUATIONS_PER_SECOND_PER_THREAD} per
     * thread); empty otherwise.
     */
    static Optional<String> longRunNote(long evaluations, int threads) {
        double seconds = evaluations / (EVALUATIONS_PER_SECOND_PER_THREAD * Math.max(1, threads));
        if (seconds <= LONG_RUN_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "note: %,d model evaluations on %d threads: about %s "
                + "(estimated at %,.0f evaluations/s per thread); Ctrl-C stops it and writes nothing",
                evaluations, threads, duration(seconds), EVALUATIONS_PER_SECOND_PER_THREAD));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 86_400) {
            return String.format(Locale.ROOT, "%.1f days", s / 86_400.0);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}

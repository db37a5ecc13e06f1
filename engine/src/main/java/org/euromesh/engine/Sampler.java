package org.euromesh.engine;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.stats.OutputSummary;

/**
 * The model-agnostic Monte Carlo sampler: a run is a pure function of (model, seed, N or
 * precision target, method, block size), bit-identical at any thread count and whoever runs its
 * blocks.
 *
 * <p><b>Blocks.</b> A run is cut into blocks of {@link RunSpec#blockSize} samples; block k draws
 * from streams derived from (seed, k) only. {@link #runBlocks} runs any range of blocks and returns
 * a serialisable {@link Partial}; partials merge in block order ({@link Partial#merge}) and the
 * partial of the whole run {@link #finish}es into the {@link RunResult}. The local runner
 * ({@link #run(Model, RunSpec)}) is exactly that loop on this JVM's threads; a cluster runner
 * plugs in as a {@link BlockRunner}.
 *
 * <p><b>Precision.</b> With a precision target the run stops after the first block at which every
 * headline's 95% Wilson half-width is at most the target (or at the cap). Blocks are run in waves;
 * the rule is checked on the merged blocks in order, so where a run stops depends only on the seed
 * and block size, never on the wave size or the thread count.
 *
 * <p><b>Scenario comparison.</b> {@link #compare} runs two models on the same points: MC and LHS
 * streams are keyed by (seed, block, input name), so an input of the same name gets the same
 * uniform in sample j of either model (common random numbers); SOBOL assigns sequence dimensions
 * by position, so there the input lists must match.
 */
public final class Sampler {

    /** Blocks per wave of the local runner: how often a precision-controlled run checks its rule. */
    public static final int WAVE_BLOCKS = 16;

    private Sampler() {
    }

    /** Runs {@code model} as {@code spec} says, on this JVM's threads. */
    public static RunResult run(Model model, RunSpec spec) {
        return run(model, spec, ProgressListener.NONE);
    }

    /** Runs {@code model}, telling {@code listener} the progress after each block. */
    public static RunResult run(Model model, RunSpec spec, ProgressListener listener) {
        RunPlan plan = RunPlan.single(model, Objects.requireNonNull(spec, "spec"));
        BlockEngine engine = new BlockEngine(plan, spec);
        return run(model, spec, (from, to) -> engine.run(from, to, listener), listener);
    }

    /**
     * Runs {@code model} with blocks run by {@code runner} (e.g. on a cluster), in waves of
     * {@link #WAVE_BLOCKS} × {@code spec.threads()} blocks.
     */
    public static RunResult run(Model model, RunSpec spec, BlockRunner runner, ProgressListener listener) {
        return run(model, spec, runner, listener, (long) WAVE_BLOCKS * Math.max(1, spec.threads()));
    }

    /**
     * Runs {@code model} with blocks run by {@code runner}, {@code waveBlocks} blocks at a time;
     * the wave size never changes the result.
     */
    public static RunResult run(Model model, RunSpec spec, BlockRunner runner, ProgressListener listener,
                                long waveBlocks) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(listener, "listener");
        if (waveBlocks < 1) {
            throw new IllegalArgumentException("waveBlocks must be >= 1, got " + waveBlocks);
        }
        long t0 = System.nanoTime();
        RunPlan plan = RunPlan.single(model, spec);
        Partial whole = drive(plan, spec, runner, waveBlocks);
        return result(plan, spec, whole, 0, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The partial of blocks {@code [from, to)} of {@code model}'s run {@code spec}, on this JVM's threads. */
    public static Partial runBlocks(Model model, RunSpec spec, long from, long to) {
        return runBlocks(model, spec, from, to, ProgressListener.NONE);
    }

    /** {@link #runBlocks(Model, RunSpec, long, long)} telling {@code listener} after each block. */
    public static Partial runBlocks(Model model, RunSpec spec, long from, long to, ProgressListener listener) {
        RunPlan plan = RunPlan.single(model, Objects.requireNonNull(spec, "spec"));
        return new BlockEngine(plan, spec).run(from, to, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The result of a run from the merged partial of its blocks: all of them, or for a
     * precision-controlled run the blocks up to where it stopped ({@link #stopBlock}).
     *
     * @throws IllegalArgumentException if the partial is of another model or does not start at block 0
     */
    public static RunResult finish(Model model, Partial whole) {
        RunSpec spec = whole.spec();
        RunPlan plan = RunPlan.single(model, spec);
        if (plan.fingerprint() != whole.fingerprint()) {
            throw new IllegalArgumentException("the partial is of another model (fingerprint "
                    + Long.toHexString(whole.fingerprint()) + ", this model " + Long.toHexString(plan.fingerprint())
                    + ")");
        }
        if (!whole.startsAtZero()) {
            throw new IllegalArgumentException("a result needs the blocks from 0; the partial starts at block "
                    + whole.fromBlock());
        }
        long end = completeEnd(spec, whole);
        if (whole.toBlock() != end) {
            throw new IllegalArgumentException("the run has " + end + " blocks to merge; the partial holds blocks 0 to "
                    + whole.toBlock());
        }
        return result(plan, spec, whole, 0, Duration.ZERO);
    }

    /**
     * For a precision-controlled run, one past the block at which it stops given the merged
     * blocks {@code [0, whole.toBlock())}, or -1 if these blocks have not met the target yet (and
     * the cap is not reached). For a fixed-size run, {@code spec.blocks()}.
     */
    public static long stopBlock(RunSpec spec, Partial whole) {
        if (!spec.hasPrecisionTarget()) {
            return spec.blocks();
        }
        long b = whole.firstBlockMeeting(spec.precision());
        if (b >= 0) {
            return b + 1;
        }
        return whole.toBlock() == spec.blocks() ? spec.blocks() : -1;
    }

    private static long completeEnd(RunSpec spec, Partial whole) {
        long stop = stopBlock(spec, whole);
        return stop < 0 ? spec.blocks() : stop;
    }

    /** Waves of blocks through {@code runner}, merged in order; stops where the precision rule says. */
    private static Partial drive(RunPlan plan, RunSpec spec, BlockRunner runner, long waveBlocks) {
        long blocks = spec.blocks();
        Partial done = null;
        // A precision run starts with small waves that double up to waveBlocks: a target met in
        // the first blocks then costs a few blocks, not a whole wave. Where it stops does not
        // depend on the wave sizes (the rule reads the merged blocks in order).
        long size = spec.hasPrecisionTarget() ? Math.max(1, waveBlocks / WAVE_BLOCKS) : waveBlocks;
        for (long w = 0; w < blocks; w += size, size = Math.min(waveBlocks, 2 * size)) {
            long end = Math.min(blocks, w + size);
            Partial wave = checked(runner.run(w, end), spec, plan, w, end);
            Partial merged = done == null ? wave : done.merge(wave);
            if (spec.hasPrecisionTarget()) {
                long stop = merged.firstBlockMeeting(spec.precision());
                if (stop >= 0) {
                    if (stop + 1 == end) {
                        return merged;
                    }
                    // The target was met inside this wave: the run is the blocks up to that one.
                    Partial head = checked(runner.run(w, stop + 1), spec, plan, w, stop + 1);
                    return done == null ? head : done.merge(head);
                }
            }
            done = merged;
        }
        return done;
    }

    private static Partial checked(Partial p, RunSpec spec, RunPlan plan, long from, long to) {
        if (p.fromBlock() != from || p.toBlock() != to || p.fingerprint() != plan.fingerprint()
                || !p.spec().equals(spec.identity())) {
            throw new IllegalStateException("block runner returned " + p + " for blocks [" + from + ", " + to + ")");
        }
        return p;
    }

    private static RunResult result(RunPlan plan, RunSpec spec, Partial whole, int lane, Duration elapsed) {
        OutputSummary[] all = whole.summaries(plan.outputs());
        RunPlan.Lane l = plan.lanes()[lane];
        List<OutputSummary> mine = Arrays.asList(all).subList(l.outputOffset(), l.outputOffset() + l.outputCount());
        List<List<ConvergencePoint>> traces = whole.trace();
        boolean met = spec.hasPrecisionTarget() && whole.firstBlockMeeting(spec.precision()) >= 0;
        return new RunResult(spec, whole.samples(), mine, traces.isEmpty() ? List.of() : traces.get(lane), met,
                elapsed);
    }

    /** {@link #compare(Model, Model, RunSpec, ProgressListener)} without progress. */
    public static Comparison compare(Model a, Model b, RunSpec spec) {
        return compare(a, b, spec, ProgressListener.NONE);
    }

    /**
     * Runs two models on the same points with common random numbers, through the same blocks as
     * {@link #run}: an input name both have gets the same uniform in every sample (each model
     * applies its own distribution and copula to it). With a headline, both models must have it; a
     * precision-controlled comparison stops when both headlines meet the target.
     */
    public static Comparison compare(Model a, Model b, RunSpec spec, ProgressListener listener) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        RunPlan plan = RunPlan.paired(a, b, spec);
        BlockEngine engine = new BlockEngine(plan, spec);
        Partial whole = drive(plan, spec, (from, to) -> engine.run(from, to, listener),
                (long) WAVE_BLOCKS * Math.max(1, spec.threads()));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        RunResult ra = result(plan, spec, whole, 0, elapsed);
        RunResult rb = result(plan, spec, whole, 1, elapsed);
        OutputSummary[] all = whole.summaries(plan.outputs());
        return new Comparison(ra, rb, Arrays.asList(all).subList(plan.diffOffset(), all.length));
    }
}

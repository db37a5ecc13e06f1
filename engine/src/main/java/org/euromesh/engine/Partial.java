package org.euromesh.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.stats.Moments;
import org.euromesh.engine.stats.OutputAccumulator;
import org.euromesh.engine.stats.OutputSummary;
import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * What blocks {@code [from, to)} of one run produced: every output's integer state (counts and
 * histogram, summed), every block's floating-point moments, and every block's headline counts
 * (for the convergence trace and the precision rule). Partials of adjacent ranges of the same run
 * {@link #merge} into the partial of their union; the partial of all blocks {@link #finish}es into
 * the {@link RunResult}. Whoever ran the blocks — this JVM's threads, a Spark executor, a Slurm
 * array task — the merged result is bit-identical, because
 * <ul>
 * <li>integer state is summed (addition of integers commutes), and</li>
 * <li>moments are folded block by block, in block order, starting from block 0: a partial that
 *     starts at block 0 keeps only the fold; any other keeps one row of moments per block until it
 *     is merged behind a partial that starts at 0.</li>
 * </ul>
 * Immutable; {@link Serializable} (Spark) and writable as a versioned binary ({@link #writeTo}).
 */
public final class Partial implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Binary format version of {@link #writeTo}. */
    public static final int FORMAT_VERSION = 1;

    private final RunSpec spec;
    private final long fingerprint;
    private final long from;
    private final long to;
    /** Per output, {@link OutputAccumulator#integerLength} longs. */
    private final long[][] integers;
    /** Blocks [from, folded) are folded into {@code fold*}: only when from == 0. */
    private final long folded;
    private final long[] foldN;
    private final double[] foldMoments;
    /** Blocks [folded, to): per block and output: n, then mean, m2, min, max. */
    private final long[] rowN;
    private final double[] rowMoments;
    /** Per traced headline and block [from, to): successes and valid counts. */
    private final long[][] headSuccesses;
    private final long[][] headValid;

    private static final int MOMENT_VALUES = 4;

    Partial(RunSpec spec, long fingerprint, long from, long to, long[][] integers, long folded, long[] foldN,
            double[] foldMoments, long[] rowN, double[] rowMoments, long[][] headSuccesses, long[][] headValid) {
        this.spec = Objects.requireNonNull(spec, "spec").identity();
        this.fingerprint = fingerprint;
        this.from = from;
        this.to = to;
        this.integers = integers;
        this.folded = folded;
        this.foldN = foldN;
        this.foldMoments = foldMoments;
        this.rowN = rowN;
        this.rowMoments = rowMoments;
        this.headSuccesses = headSuccesses;
        this.headValid = headValid;
        int outs = integers.length;
        if (from < 0 || to < from || to > this.spec.blocks()) {
            throw new IllegalArgumentException("blocks [" + from + ", " + to + ") of a run of " + this.spec.blocks());
        }
        if (folded != from && !(from == 0 && folded >= 0 && folded <= to)) {
            throw new IllegalArgumentException("only a partial that starts at block 0 can hold a fold");
        }
        if (foldN.length != outs || foldMoments.length != outs * MOMENT_VALUES
                || rowN.length != (to - folded) * outs || rowMoments.length != rowN.length * MOMENT_VALUES) {
            throw new IllegalArgumentException("inconsistent partial: " + outs + " outputs, blocks [" + from + ", "
                    + to + ")");
        }
        for (int h = 0; h < headSuccesses.length; h++) {
            if (headSuccesses[h].length != to - from || headValid[h].length != to - from) {
                throw new IllegalArgumentException("inconsistent partial: headline counts for " + headSuccesses[h].length
                        + " blocks, expected " + (to - from));
            }
        }
    }

    /** The run's spec (thread count set to 1: not part of a result's identity). */
    public RunSpec spec() {
        return spec;
    }

    /** A 64-bit fingerprint of the model's inputs and outputs: partials of different models never merge. */
    public long fingerprint() {
        return fingerprint;
    }

    /** First block of this partial. */
    public long fromBlock() {
        return from;
    }

    /** One past the last block. */
    public long toBlock() {
        return to;
    }

    /** Number of outputs (all lanes' and differences'). */
    public int outputCount() {
        return integers.length;
    }

    /** True when this partial holds every block of its run (or, for a precision run, a prefix ending where it stopped). */
    public boolean startsAtZero() {
        return from == 0;
    }

    /**
     * The partial of blocks {@code [this.from, next.to)}: {@code next} must be the same run's
     * partial of the blocks that directly follow ({@code next.from == this.to}).
     */
    public Partial merge(Partial next) {
        Objects.requireNonNull(next, "next");
        checkSameRun(next);
        if (next.from != to) {
            throw new IllegalArgumentException("partials must be merged in block order: blocks [" + from + ", " + to
                    + ") then [" + next.from + ", " + next.to + ")");
        }
        int outs = integers.length;
        long[][] ints = new long[outs][];
        for (int o = 0; o < outs; o++) {
            long[] a = integers[o].clone();
            long[] b = next.integers[o];
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.addExact(a[i], b[i]);
            }
            ints[o] = a;
        }
        long[][] hs = new long[headSuccesses.length][];
        long[][] hv = new long[headSuccesses.length][];
        for (int h = 0; h < hs.length; h++) {
            hs[h] = concat(headSuccesses[h], next.headSuccesses[h]);
            hv[h] = concat(headValid[h], next.headValid[h]);
        }
        if (from == 0) {
            // Fold every pending row (this one's, then next's) behind the fold, in block order.
            Moments[] fold = foldAsMoments();
            foldRows(fold, rowN, rowMoments);
            foldRows(fold, next.rowN, next.rowMoments);
            long[] fn = new long[outs];
            double[] fm = new double[outs * MOMENT_VALUES];
            writeFold(fold, fn, fm);
            return new Partial(spec, fingerprint, 0, next.to, ints, next.to, fn, fm, new long[0], new double[0], hs, hv);
        }
        return new Partial(spec, fingerprint, from, next.to, ints, from, foldN, foldMoments,
                concat(rowN, next.rowN), concat(rowMoments, next.rowMoments), hs, hv);
    }

    /** {@link #merge} of partials given in block order, the first starting at block 0 or not. */
    public static Partial mergeInOrder(List<Partial> partials) {
        if (partials.isEmpty()) {
            throw new IllegalArgumentException("no partials to merge");
        }
        Partial p = partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            p = p.merge(partials.get(i));
        }
        return p;
    }

    /** Whether {@code other} is a partial of the same run and model. */
    public boolean sameRun(Partial other) {
        return spec.equals(other.spec) && fingerprint == other.fingerprint
                && integers.length == other.integers.length && headSuccesses.length == other.headSuccesses.length;
    }

    private void checkSameRun(Partial other) {
        if (!sameRun(other)) {
            throw new IllegalArgumentException("partials of different runs: " + spec + " (model " + Long.toHexString(
                    fingerprint) + ") and " + other.spec + " (model " + Long.toHexString(other.fingerprint) + ")");
        }
    }

    /**
     * Per traced headline, the cumulative 95% Wilson estimate after each block of this partial,
     * which must start at block 0.
     */
    List<List<ConvergencePoint>> trace() {
        requireFromZero("trace");
        List<List<ConvergencePoint>> traces = new ArrayList<>();
        for (int h = 0; h < headSuccesses.length; h++) {
            List<ConvergencePoint> t = new ArrayList<>((int) (to - from));
            long s = 0;
            long v = 0;
            for (int b = 0; b < to; b++) {
                s += headSuccesses[h][b];
                v += headValid[h][b];
                t.add(new ConvergencePoint(Math.min(spec.samples(), (b + 1) * (long) spec.blockSize()),
                        ProbabilityEstimate.wilson(s, v)));
            }
            traces.add(t);
        }
        return traces;
    }

    /**
     * The first block (counted from 0) after which every traced headline's cumulative 95% Wilson
     * half-width is at most {@code halfWidth}; -1 if none. Needs a partial from block 0.
     */
    long firstBlockMeeting(double halfWidth) {
        requireFromZero("the precision rule");
        if (headSuccesses.length == 0) {
            return -1;
        }
        long[] s = new long[headSuccesses.length];
        long[] v = new long[headSuccesses.length];
        for (int b = 0; b < to; b++) {
            boolean all = true;
            for (int h = 0; h < s.length; h++) {
                s[h] += headSuccesses[h][b];
                v[h] += headValid[h][b];
                all &= ProbabilityEstimate.wilson(s[h], v[h]).halfWidth() <= halfWidth;
            }
            if (all) {
                return b;
            }
        }
        return -1;
    }

    /** Samples in blocks [0, to). */
    long samples() {
        return Math.min(spec.samples(), to * (long) spec.blockSize());
    }

    /** Every output's summary; the partial must start at block 0 (and is usually the whole run). */
    OutputSummary[] summaries(OutputSpec[] outputs) {
        requireFromZero("summaries");
        if (outputs.length != integers.length) {
            throw new IllegalArgumentException(outputs.length + " output specs for a partial of " + integers.length);
        }
        Moments[] fold = foldAsMoments();
        foldRows(fold, rowN, rowMoments);
        OutputSummary[] out = new OutputSummary[outputs.length];
        for (int o = 0; o < outputs.length; o++) {
            out[o] = OutputAccumulator.summary(outputs[o], integers[o], fold[o]);
        }
        return out;
    }

    private void requireFromZero(String what) {
        if (from != 0) {
            throw new IllegalStateException(what + " needs the partial from block 0; this one starts at block " + from);
        }
    }

    private Moments[] foldAsMoments() {
        int outs = integers.length;
        Moments[] m = new Moments[outs];
        for (int o = 0; o < outs; o++) {
            m[o] = new Moments();
            if (foldN[o] > 0) {
                int k = o * MOMENT_VALUES;
                m[o].merge(foldN[o], foldMoments[k], foldMoments[k + 1], foldMoments[k + 2], foldMoments[k + 3]);
            }
        }
        return m;
    }

    private static void foldRows(Moments[] fold, long[] n, double[] values) {
        int outs = fold.length;
        for (int r = 0; r < n.length; r++) {
            int o = r % outs;
            if (n[r] > 0) {
                int k = r * MOMENT_VALUES;
                fold[o].merge(n[r], values[k], values[k + 1], values[k + 2], values[k + 3]);
            }
        }
    }

    private static void writeFold(Moments[] fold, long[] n, double[] values) {
        for (int o = 0; o < fold.length; o++) {
            n[o] = fold[o].n();
            int k = o * MOMENT_VALUES;
            values[k] = fold[o].n() == 0 ? 0.0 : fold[o].mean();
            values[k + 1] = fold[o].m2();
            values[k + 2] = fold[o].n() == 0 ? Double.POSITIVE_INFINITY : fold[o].min();
            values[k + 3] = fold[o].n() == 0 ? Double.NEGATIVE_INFINITY : fold[o].max();
        }
    }

    /** One block's moments as a row: what {@link BlockEngine} records at the end of a block. */
    static void writeRow(Moments m, long[] n, double[] values, int row) {
        n[row] = m.n();
        int k = row * MOMENT_VALUES;
        values[k] = m.n() == 0 ? 0.0 : m.mean();
        values[k + 1] = m.m2();
        values[k + 2] = m.n() == 0 ? Double.POSITIVE_INFINITY : m.min();
        values[k + 3] = m.n() == 0 ? Double.NEGATIVE_INFINITY : m.max();
    }

    static int momentValues() {
        return MOMENT_VALUES;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    // ---- binary form -------------------------------------------------------------------------

    /**
     * Writes this partial: format version, the spec, the fingerprint, the block range and every
     * number, doubles as raw bits (a round trip is exact). A caller adds its own checksum and
     * configuration around it.
     */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(FORMAT_VERSION);
        out.writeLong(spec.seed());
        out.writeLong(spec.samples());
        out.writeUTF(spec.method().name());
        out.writeInt(spec.blockSize());
        out.writeBoolean(spec.headline() != null);
        if (spec.headline() != null) {
            out.writeUTF(spec.headline());
        }
        out.writeDouble(spec.precision());
        out.writeLong(fingerprint);
        out.writeLong(from);
        out.writeLong(to);
        out.writeLong(folded);
        out.writeInt(integers.length);
        for (long[] ints : integers) {
            writeLongs(out, ints);
        }
        writeLongs(out, foldN);
        writeDoubles(out, foldMoments);
        writeLongs(out, rowN);
        writeDoubles(out, rowMoments);
        out.writeInt(headSuccesses.length);
        for (int h = 0; h < headSuccesses.length; h++) {
            writeLongs(out, headSuccesses[h]);
            writeLongs(out, headValid[h]);
        }
    }

    /**
     * Reads what {@link #writeTo} wrote.
     *
     * @throws IOException on a truncated stream, another format version or inconsistent content
     */
    public static Partial readFrom(DataInput in) throws IOException {
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("partial format version " + version + "; this program reads version "
                    + FORMAT_VERSION);
        }
        try {
            long seed = in.readLong();
            long samples = in.readLong();
            org.euromesh.engine.sampling.SamplingMethod method =
                    org.euromesh.engine.sampling.SamplingMethod.valueOf(in.readUTF());
            int blockSize = in.readInt();
            String headline = in.readBoolean() ? in.readUTF() : null;
            double precision = in.readDouble();
            RunSpec spec = new RunSpec(seed, samples, method, 1, blockSize, headline, precision);
            long fingerprint = in.readLong();
            long from = in.readLong();
            long to = in.readLong();
            long folded = in.readLong();
            int outs = in.readInt();
            if (outs < 0 || outs > 1_000_000) {
                throw new IOException("partial claims " + outs + " outputs");
            }
            long[][] ints = new long[outs][];
            for (int o = 0; o < outs; o++) {
                ints[o] = readLongs(in);
            }
            long[] foldN = readLongs(in);
            double[] foldMoments = readDoubles(in);
            long[] rowN = readLongs(in);
            double[] rowMoments = readDoubles(in);
            int heads = in.readInt();
            if (heads < 0 || heads > 1_000) {
                throw new IOException("partial claims " + heads + " headlines");
            }
            long[][] hs = new long[heads][];
            long[][] hv = new long[heads][];
            for (int h = 0; h < heads; h++) {
                hs[h] = readLongs(in);
                hv[h] = readLongs(in);
            }
            return new Partial(spec, fingerprint, from, to, ints, folded, foldN, foldMoments, rowN, rowMoments, hs, hv);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent partial: " + e.getMessage(), e);
        }
    }

    private static final int MAX_ARRAY = 1 << 28;

    private static void writeLongs(DataOutput out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    private static void writeDoubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    private static long[] readLongs(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ARRAY) {
            throw new IOException("partial claims an array of " + n + " numbers");
        }
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    private static double[] readDoubles(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ARRAY) {
            throw new IOException("partial claims an array of " + n + " numbers");
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Double.longBitsToDouble(in.readLong());
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Partial p)) {
            return false;
        }
        return spec.equals(p.spec) && fingerprint == p.fingerprint && from == p.from && to == p.to
                && folded == p.folded && Arrays.deepEquals(integers, p.integers) && Arrays.equals(foldN, p.foldN)
                && Arrays.equals(foldMoments, p.foldMoments) && Arrays.equals(rowN, p.rowN)
                && Arrays.equals(rowMoments, p.rowMoments) && Arrays.deepEquals(headSuccesses, p.headSuccesses)
                && Arrays.deepEquals(headValid, p.headValid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, fingerprint, from, to, Arrays.hashCode(rowN));
    }

    @Override
    public String toString() {
        return "Partial[blocks " + from + ".." + to + " of " + spec.blocks() + ", " + integers.length + " outputs]";
    }
}

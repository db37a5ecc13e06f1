package org.euromesh.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.euromesh.engine.sampling.SamplingMethod;

/**
 * The JMH stages of one sample ({@link StagesBenchmark}, {@link ModelBenchmark}, {@link BlockBenchmark}), timed
 * in <b>thread CPU time</b> instead of wall time: on a shared machine whose load is far above its
 * core count, wall-time scores count the time the benchmark thread waits for a core, and CPU time
 * does not (cache and core sharing with other processes still slow it, so compare runs made under
 * similar load, and prefer JMH's figures from a quiet machine). One thread; per stage a warm-up of
 * about 2 s, then {@code reps} repetitions of about 0.5 s; prints min and median ns per sample.
 *
 * <pre>java -cp benchmarks/target-bench/benchmarks.jar org.euromesh.benchmarks.CpuTimes [reps]</pre>
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Defeats dead-code elimination of the timed calls. */
    private static double sink;

    private CpuTimes() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        StagesBenchmark stages = new StagesBenchmark();
        stages.setup();
        ModelBenchmark model = new ModelBenchmark();
        model.setup();
        int chunk = StagesBenchmark.CHUNK;
        report("floor (StagesBenchmark.floor)", chunk, stages::floor, reps);
        report("draw a point (StagesBenchmark.drawPoint)", chunk, stages::drawPoint, reps);
        report("draw + inputs (StagesBenchmark.drawAndTransform)", chunk, stages::drawAndTransform, reps);
        report("model (ModelBenchmark.evaluate)", ModelBenchmark.ROWS, model::evaluate, reps);
        report("accumulate all outputs (StagesBenchmark.accumulate)", chunk, () -> stages.accumulate(), reps);
        for (SamplingMethod m : SamplingMethod.values()) {
            BlockBenchmark block = new BlockBenchmark();
            block.method = m;
            block.blockSize = 65536;
            block.setup();
            report("block of 65,536, " + m + " (BlockBenchmark.block)", 65536, () -> block.block().hashCode(), reps);
        }
    }

    /** Times {@code op} (each call does {@code perCall} samples): min and median CPU ns per sample. */
    private static void report(String what, int perCall, DoubleSupplier op, int reps) {
        runFor(op, 2_000_000_000L);
        double[] ns = new double[reps];
        for (int r = 0; r < reps; r++) {
            long calls = 0;
            long start = THREADS.getCurrentThreadCpuTime();
            long used;
            do {
                sink += op.getAsDouble();
                calls++;
                used = THREADS.getCurrentThreadCpuTime() - start;
            } while (used < 500_000_000L);
            ns[r] = used / (double) (calls * perCall);
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-55s min %8.1f  median %8.1f ns/sample CPU  (load %s)%n", what, ns[0],
                ns[reps / 2], loadAverage());
    }

    private static void runFor(DoubleSupplier op, long cpuNanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        while (THREADS.getCurrentThreadCpuTime() - start < cpuNanos) {
            sink += op.getAsDouble();
        }
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

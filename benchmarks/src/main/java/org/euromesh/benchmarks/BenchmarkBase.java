package org.euromesh.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Settings shared by every EuroMesh benchmark, as commons-rng's examples-jmh keeps them in one
 * base class: average time per operation, one fork with a fixed heap, short warm-up and
 * measurement (the command line of {@code run-short.sh} / {@code run-full.sh} may override them).
 *
 * <p>Every benchmark with a "per value" operation works on {@link #BATCH} values per call and
 * declares {@code @OperationsPerInvocation(BATCH)}, so JMH reports nanoseconds per value and the
 * call overhead of JMH itself is amortised.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-server", "-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public abstract class BenchmarkBase {

    /** Values per benchmark call of the per-value benchmarks. */
    public static final int BATCH = 1024;

    /** Seed of every benchmark: results do not matter, only that runs are repeatable. */
    public static final long SEED = 20261121L;
}

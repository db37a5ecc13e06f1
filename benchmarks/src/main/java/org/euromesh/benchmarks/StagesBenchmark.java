package org.euromesh.benchmarks;

import java.util.List;
import org.euromesh.distributions.FastQuantile;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.InputTransform;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.OutputSpec;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.engine.sampling.PointCursor;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.stats.OutputAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The per-sample stages of a plain MC run, apart, as the engine's worker runs them on the shipped
 * baseline: drawing one point (one uniform per input from its stream), mapping it to the model's
 * inputs (Gaussian copula, then every input's fast quantile), and accumulating the model's outputs
 * (moments and histograms, column by column as the worker does). With
 * {@link ModelBenchmark#evaluate} they make up one sample: their sum is what to compare with the
 * 500 ns per sample that 2 M samples/s per core allows, and with {@link BlockBenchmark}'s time per
 * sample. Nanoseconds per sample.
 *
 * <p>{@link #floor} is the floor of a whole sample (issue 17): the same uniforms drawn from the
 * same streams, each table input's uniform looked up once in its own quantile table (one load, no
 * interpolation, no copula), nothing else. A sample costs at least this much however the model is
 * written, so the ratio of {@link BlockBenchmark}'s time per sample to it is how far the engine
 * and the model are from that floor.
 */
public class StagesBenchmark extends BenchmarkBase {

    /** Samples per call: the engine's chunk (outputs are accumulated 256 at a time). */
    public static final int CHUNK = 256;
    /**
     * Chunks of real outputs cycled through by {@link #accumulate}: enough distinct values that
     * the branch predictor cannot learn them (see {@link ModelBenchmark}).
     */
    public static final int CHUNKS = 64;

    PointCursor cursor;
    long block;
    int drawn;
    InputTransform transform;
    InputTransform.Scratch scratch;
    double[] point;
    double[] inputs;
    /** {@link #drawAndTransform}'s chunk of inputs by column, as the engine's worker keeps it. */
    double[][] inputColumns;
    /** {@code columns[k][o][i]}: output o of sample i of chunk k, from real paths of the baseline. */
    double[][][] columns;
    int chunk;
    OutputAccumulator[] accumulators;
    /** The floor's tables: for table input {@code tableInput[t]}, its knots {@code tables[t]}. */
    int[] tableInput;
    double[][] tables;

    @Setup
    public void setup() {
        EuroMeshModel model = Baseline.model();
        List<String> names = model.inputs().inputs().stream().map(InputSpec::name).toList();
        cursor = PointGenerator.of(SamplingMethod.MC, SEED, RunSpec.DEFAULT_BLOCK_SIZE, names).newCursor();
        cursor.start(block, RunSpec.DEFAULT_BLOCK_SIZE);
        transform = InputTransform.of(model.inputs());
        scratch = transform.newScratch();
        point = new double[names.size()];
        inputs = new double[names.size()];
        inputColumns = new double[names.size()][CHUNK];
        List<InputSpec> specsIn = model.inputs().inputs();
        tableInput = java.util.stream.IntStream.range(0, specsIn.size())
                .filter(i -> specsIn.get(i).distribution().fastQuantile().kind() == FastQuantile.Kind.TABLE)
                .toArray();
        tables = new double[tableInput.length][];
        for (int t = 0; t < tableInput.length; t++) {
            tables[t] = specsIn.get(tableInput[t]).distribution().fastQuantile().knots();
        }

        List<OutputSpec> specs = model.outputs();
        Model.Evaluator evaluator = model.newEvaluator();
        double[] out = new double[specs.size()];
        columns = new double[CHUNKS][specs.size()][CHUNK];
        for (int k = 0; k < CHUNKS; k++) {
            for (int i = 0; i < CHUNK; i++) {
                nextInputs();
                evaluator.evaluate(inputs, out);
                for (int o = 0; o < out.length; o++) {
                    columns[k][o][i] = out[o];
                }
            }
        }
        accumulators = new OutputAccumulator[specs.size()];
        for (int o = 0; o < accumulators.length; o++) {
            accumulators[o] = new OutputAccumulator(specs.get(o));
        }
    }

    /** The next point of the current block; the next block once this one is used up. */
    private void nextPoint() {
        if (drawn == RunSpec.DEFAULT_BLOCK_SIZE) {
            cursor.start(++block, RunSpec.DEFAULT_BLOCK_SIZE);
            drawn = 0;
        }
        drawn++;
        cursor.next(point);
    }

    /** The next chunk of points by column, as the engine's worker draws them; the next block once this one is used up. */
    private void nextChunk(double[][] columns) {
        if (drawn + CHUNK > RunSpec.DEFAULT_BLOCK_SIZE) {
            cursor.start(++block, RunSpec.DEFAULT_BLOCK_SIZE);
            drawn = 0;
        }
        drawn += CHUNK;
        cursor.nextColumns(columns, CHUNK, point);
    }

    private void nextInputs() {
        nextPoint();
        transform.apply(point, inputs, scratch);
    }

    /** Drawing one point: one uniform per input, from the engine's per-(block, input) streams. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public double drawPoint() {
        double sum = 0;
        for (int i = 0; i < CHUNK; i++) {
            nextPoint();
            sum += point[i % point.length];
        }
        return sum;
    }

    /**
     * The floor of one sample: its uniforms drawn by column as the engine's worker draws them
     * (each input's stream 256 times in a row; {@link #drawPoint} draws them per point), and each
     * table input's uniform looked up in its table (the knot at or below it, no interpolation). The lookups run
     * by column, one table at a time, as the engine's transform does: per sample, one lookup in
     * each of the baseline's 43 tables in turn mostly misses the cache (measured: that order costs
     * more than the whole column-wise transform). Constant and closed-form inputs cost only their uniform.
     */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public double floor() {
        int[] at = tableInput;
        double[][] ts = tables;
        double[][] cols = inputColumns;
        nextChunk(cols);
        for (int t = 0; t < at.length; t++) {
            double[] k = ts[t];
            double[] c = cols[at[t]];
            int cells = k.length - 1;
            for (int i = 0; i < CHUNK; i++) {
                c[i] = k[(int) (c[i] * cells)];
            }
        }
        return cols[at[0]][0] + cols[at[at.length - 1]][CHUNK - 1];
    }

    /**
     * Drawing one point and mapping it to the model's inputs (copula + fast quantiles), as the
     * engine's worker does: a chunk's uniforms drawn by column, the copula and each input's
     * quantiles one column at a time, then each sample's input vector gathered for the model.
     */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public double drawAndTransform() {
        double[][] cols = inputColumns;
        nextChunk(cols);
        transform.correlateInPlace(cols, CHUNK, scratch);
        transform.quantilesInPlace(cols, CHUNK);
        double sum = 0;
        double[] x = inputs;
        for (int i = 0; i < CHUNK; i++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = cols[j][i];
            }
            sum += x[i % x.length];
        }
        return sum;
    }

    /** Accumulating one sample's outputs (all of them), a chunk of 256 samples per output at a time. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public long accumulate() {
        OutputAccumulator[] acc = accumulators;
        double[][] cols = columns[chunk];
        chunk = (chunk + 1) % CHUNKS;
        for (int o = 0; o < acc.length; o++) {
            acc[o].addAll(cols[o], CHUNK);
        }
        return acc[0].total();
    }
}

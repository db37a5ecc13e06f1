package org.euromesh.benchmarks;

import org.apache.commons.rng.UniformRandomProvider;
import org.euromesh.distributions.FastQuantile;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.engine.sampling.Streams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * One EuroMesh model evaluation ({@link Model.Evaluator#evaluate}) on the shipped baseline, on
 * {@value #ROWS} pre-drawn input vectors (independent inputs through their fast quantiles), against
 * the floor: drawing the same number of uniforms (one per input) from the engine's generator.
 * Nanoseconds per evaluation (per sample).
 *
 * <p>Why so many vectors: the CPU's branch predictor learns a short cycle of paths. Cycling 256
 * vectors measured ≈ 720 ns, 25 % below the ≈ 980 ns of paths it has not seen (8,192 distinct
 * vectors, or 32 copies of 256 in the same memory: the difference is the predictor, not the cache),
 * and a real run never repeats a path.
 */
public class ModelBenchmark extends BenchmarkBase {

    /** Distinct input vectors cycled through: too many for the branch predictor to learn. */
    public static final int ROWS = 16384;

    EuroMeshModel model;
    Model.Evaluator evaluator;
    double[][] inputs;
    double[] outputs;
    double[] uniforms;
    UniformRandomProvider rng;
    int dimension;

    @Setup(Level.Trial)
    public void setup() {
        model = Baseline.model();
        evaluator = model.newEvaluator();
        dimension = model.inputs().dimension();
        FastQuantile[] q = new FastQuantile[dimension];
        for (int i = 0; i < dimension; i++) {
            InputSpec s = model.inputs().inputs().get(i);
            q[i] = s.distribution().fastQuantile();
        }
        double[] u = Uniforms.fill(ROWS * dimension);
        inputs = new double[ROWS][dimension];
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < dimension; i++) {
                inputs[r][i] = q[i].apply(u[r * dimension + i]);
            }
        }
        outputs = new double[model.outputs().size()];
        uniforms = new double[dimension];
        rng = Uniforms.engineStream(2);
    }

    /** The floor: one sample's worth of uniforms (one per model input) from the engine's generator. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double baselineUniforms() {
        UniformRandomProvider g = rng;
        double[] u = uniforms;
        double sum = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < u.length; i++) {
                u[i] = Streams.toUnit(g.nextLong());
            }
            sum += u[r % u.length];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double evaluate() {
        Model.Evaluator ev = evaluator;
        double[] out = outputs;
        double sum = 0;
        for (int r = 0; r < ROWS; r++) {
            ev.evaluate(inputs[r], out);
            sum += out[0];
        }
        return sum;
    }
}

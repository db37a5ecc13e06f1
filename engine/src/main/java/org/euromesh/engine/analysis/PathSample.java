package org.euromesh.engine.analysis;

import org.euromesh.engine.sensitivity.Response;

import java.util.List;
import java.util.Objects;
import org.euromesh.engine.InputTransform;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.Model;
import org.euromesh.engine.sampling.PointGenerator;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.engine.sensitivity.SampledColumns;

/**
 * N Monte Carlo paths of a model kept in memory: the value of every non-fixed input and of the
 * requested outputs on each path. Scenario discovery and value of information both work on it.
 *
 * <p><b>Drawing.</b> Row j is point j of the sampler's own {@link PointGenerator} (MC, same seed
 * and block size, keyed by input name) mapped through the same {@link InputTransform} (copula and
 * fast quantiles): with the same seed and block size it is the sampler's path j. Blocks write
 * disjoint rows, so the sample is bit-identical on any number of threads.
 *
 * <p><b>Censoring.</b> Outputs are clipped as {@link Response} says (a TIME after its horizon to
 * the horizon, a lead with both sides clipped, other ±∞ to the histogram range) and counted in
 * {@link #censored}. NaN in an indicator or value is a model bug and fails.
 */
public final class PathSample {

    private final List<String> inputNames;
    private final double[][] x;
    private final List<String> outputNames;
    private final double[][] y;
    private final long[] censored;

    private PathSample(List<String> inputNames, double[][] x, List<String> outputNames, double[][] y,
                       long[] censored) {
        this.inputNames = List.copyOf(inputNames);
        this.x = x;
        this.outputNames = List.copyOf(outputNames);
        this.y = y;
        this.censored = censored;
    }

    /**
     * A sample from columns already in memory (tests, other designs). Arrays are copied.
     *
     * @param inputNames  one name per column of {@code x}
     * @param x           x[i][j]: input i on path j
     * @param outputNames one name per column of {@code y}
     * @param y           y[o][j]: output o on path j, finite
     */
    public static PathSample of(List<String> inputNames, double[][] x, List<String> outputNames, double[][] y) {
        if (inputNames.size() != x.length || outputNames.size() != y.length) {
            throw new IllegalArgumentException("need one name per column: " + inputNames.size() + " names for "
                    + x.length + " input columns, " + outputNames.size() + " for " + y.length + " output columns");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one input column");
        }
        if (inputNames.stream().distinct().count() != inputNames.size()
                || outputNames.stream().distinct().count() != outputNames.size()) {
            throw new IllegalArgumentException("column names must be unique");
        }
        int n = x[0].length;
        double[][] xc = new double[x.length][];
        double[][] yc = new double[y.length][];
        for (int i = 0; i < x.length; i++) {
            xc[i] = checked(x[i], n, inputNames.get(i));
        }
        for (int o = 0; o < y.length; o++) {
            yc[o] = checked(y[o], n, outputNames.get(o));
        }
        return new PathSample(inputNames, xc, outputNames, yc, new long[y.length]);
    }

    private static double[] checked(double[] col, int n, String name) {
        if (col.length != n) {
            throw new IllegalArgumentException("column '" + name + "' has " + col.length + " rows, expected " + n);
        }
        for (double v : col) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("column '" + name + "' holds a non-finite value: " + v);
            }
        }
        return col.clone();
    }

    /**
     * Draws {@code n} paths of {@code model} (MC points of {@code seed}, {@code blockSize} paths per
     * block) and keeps the non-fixed inputs and the outputs named. Progress is reported per block.
     */
    public static PathSample draw(Model model, List<String> outputs, long seed, int n, int blockSize, int threads,
                                  ProgressListener progress) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(progress, "progress");
        if (n < 2 || blockSize < 1 || threads < 1) {
            throw new IllegalArgumentException("need n >= 2, blockSize >= 1, threads >= 1; got " + n + ", "
                    + blockSize + ", " + threads);
        }
        SampledColumns s = SampledColumns.draw(model, Response.resolve(model, outputs), SamplingMethod.MC, seed, n,
                blockSize, threads, progress);
        List<InputSpec> ins = model.inputs().inputs();
        List<String> names = java.util.Arrays.stream(s.inputs()).mapToObj(i -> ins.get(i).name()).toList();
        long[] censored = new long[outputs.size()];
        for (int o = 0; o < censored.length; o++) {
            censored[o] = s.censored(o);
        }
        return new PathSample(names, s.x(), outputs, s.y(), censored);
    }

    /** Paths N. */
    public int size() {
        return x[0].length;
    }

    /** Non-fixed input names, in model order. */
    public List<String> inputNames() {
        return inputNames;
    }

    public List<String> outputNames() {
        return outputNames;
    }

    /** Column of input {@code name} (not a copy: read only). */
    double[] input(int i) {
        return x[i];
    }

    /** The input columns (not copies: read only). */
    double[][] inputs() {
        return x;
    }

    /** Index of an input, or -1 when it is not in the sample (fixed, or not a model input). */
    public int inputIndex(String name) {
        return inputNames.indexOf(name);
    }

    /** A copy of input {@code name}'s column. */
    public double[] inputColumn(String name) {
        int i = inputIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("no non-fixed input '" + name + "' in the sample");
        }
        return x[i].clone();
    }

    /** A copy of output {@code name}'s (clipped) column. */
    public double[] outputColumn(String name) {
        return y[outputIndex(name)].clone();
    }

    double[] output(String name) {
        return y[outputIndex(name)];
    }

    /** Paths whose value of output {@code name} was censored and clipped. */
    public long censored(String name) {
        return censored[outputIndex(name)];
    }

    private int outputIndex(String name) {
        int o = outputNames.indexOf(name);
        if (o < 0) {
            throw new IllegalArgumentException("no output '" + name + "' in the sample; it has " + outputNames);
        }
        return o;
    }
}

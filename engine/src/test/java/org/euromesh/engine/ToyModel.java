package org.euromesh.engine;

import org.euromesh.engine.api.Model;
import org.euromesh.engine.api.InputSpace;
import org.euromesh.engine.api.InputSpec;
import org.euromesh.engine.api.OutputSpec;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.distributions.Distribution;

/** A model from a lambda, for tests with closed-form answers (sampler and sensitivity tests alike). */
public final class ToyModel implements Model {

    /** y = f(x); must not allocate. */
    public interface Fn {
        void apply(double[] x, double[] y);
    }

    private final InputSpace inputs;
    private final List<OutputSpec> outputs;
    private final Fn fn;

    public ToyModel(InputSpace inputs, List<OutputSpec> outputs, Fn fn) {
        this.inputs = inputs;
        this.outputs = List.copyOf(outputs);
        this.fn = fn;
    }

    /** Independent inputs named by {@code names}, in order. */
    public static InputSpace independent(String[] names, Distribution... ds) {
        List<InputSpec> in = new ArrayList<>();
        for (int i = 0; i < ds.length; i++) {
            in.add(new InputSpec(names[i], ds[i]));
        }
        return InputSpace.independent(in);
    }

    /** Independent inputs x1..xd with the given distributions, one VALUE output "y". */
    public static ToyModel scalar(List<Distribution> dists, java.util.function.ToDoubleFunction<double[]> f) {
        return new ToyModel(InputSpace.independent(inputs(dists)),
                List.of(OutputSpec.value("y", "-", -1e6, 1e6, 100)), (x, y) -> y[0] = f.applyAsDouble(x));
    }

    /** Inputs named x1..xd with the given distributions. */
    public static List<InputSpec> inputs(List<Distribution> dists) {
        List<InputSpec> in = new ArrayList<>();
        for (int i = 0; i < dists.size(); i++) {
            in.add(new InputSpec("x" + (i + 1), dists.get(i)));
        }
        return in;
    }

    @Override
    public InputSpace inputs() {
        return inputs;
    }

    @Override
    public List<OutputSpec> outputs() {
        return outputs;
    }

    @Override
    public Evaluator newEvaluator() {
        return fn::apply;
    }
}

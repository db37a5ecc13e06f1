package org.euromesh.engine;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.distributions.Distribution;

/** A model from a lambda, for tests with closed-form answers. */
final class ToyModel implements Model {

    /** y = f(x); must not allocate. */
    interface Fn {
        void apply(double[] x, double[] y);
    }

    private final InputSpace inputs;
    private final List<OutputSpec> outputs;
    private final Fn fn;

    ToyModel(InputSpace inputs, List<OutputSpec> outputs, Fn fn) {
        this.inputs = inputs;
        this.outputs = List.copyOf(outputs);
        this.fn = fn;
    }

    /** Independent inputs named by {@code names}, in order. */
    static InputSpace independent(String[] names, Distribution... ds) {
        List<InputSpec> in = new ArrayList<>();
        for (int i = 0; i < ds.length; i++) {
            in.add(new InputSpec(names[i], ds[i]));
        }
        return InputSpace.independent(in);
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

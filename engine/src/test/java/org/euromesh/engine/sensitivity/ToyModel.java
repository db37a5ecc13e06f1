package org.euromesh.engine.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.distributions.Distribution;
import org.euromesh.engine.InputSpace;
import org.euromesh.engine.InputSpec;
import org.euromesh.engine.Model;
import org.euromesh.engine.OutputSpec;

/** Test-only model: named inputs, one or more outputs computed by a lambda. */
final class ToyModel implements Model {

    interface Fn {
        void apply(double[] x, double[] y);
    }

    private final InputSpace space;
    private final List<OutputSpec> outputs;
    private final Fn fn;

    ToyModel(InputSpace space, List<OutputSpec> outputs, Fn fn) {
        this.space = space;
        this.outputs = List.copyOf(outputs);
        this.fn = fn;
    }

    /** Independent inputs x1..xd with the given distributions, one VALUE output "y". */
    static ToyModel scalar(List<Distribution> dists, java.util.function.ToDoubleFunction<double[]> f) {
        return new ToyModel(InputSpace.independent(inputs(dists)),
                List.of(OutputSpec.value("y", "-", -1e6, 1e6, 100)), (x, y) -> y[0] = f.applyAsDouble(x));
    }

    static List<InputSpec> inputs(List<Distribution> dists) {
        List<InputSpec> in = new ArrayList<>();
        for (int i = 0; i < dists.size(); i++) {
            in.add(new InputSpec("x" + (i + 1), dists.get(i)));
        }
        return in;
    }

    @Override
    public InputSpace inputs() {
        return space;
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

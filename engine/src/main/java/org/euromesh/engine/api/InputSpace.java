package org.euromesh.engine.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The inputs of a model and the rank correlation between some of them.
 *
 * @param inputs     the inputs, in the order the model reads them
 * @param correlated indices (into {@code inputs}) of the inputs joined by a Gaussian copula
 * @param spearman   Spearman matrix over {@code correlated} (square, same size), or empty
 */
public record InputSpace(List<InputSpec> inputs, int[] correlated, double[][] spearman) {

    public InputSpace {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(correlated, "correlated");
        Objects.requireNonNull(spearman, "spearman");
        correlated = correlated.clone();
        double[][] copy = new double[spearman.length][];
        for (int i = 0; i < spearman.length; i++) {
            copy[i] = spearman[i].clone();
            if (copy[i].length != spearman.length) {
                throw new IllegalArgumentException("spearman matrix must be square");
            }
        }
        spearman = copy;
        if (correlated.length != spearman.length) {
            throw new IllegalArgumentException("spearman matrix is " + spearman.length + "x" + spearman.length
                    + " but " + correlated.length + " inputs are correlated");
        }
        HashSet<String> names = new HashSet<>();
        for (InputSpec in : inputs) {
            if (!names.add(in.name())) {
                throw new IllegalArgumentException("duplicate input name '" + in.name() + "'");
            }
        }
        HashSet<Integer> seen = new HashSet<>();
        for (int c : correlated) {
            if (c < 0 || c >= inputs.size() || !seen.add(c)) {
                throw new IllegalArgumentException("bad or repeated correlated input index " + c);
            }
        }
    }

    /** Independent inputs only. */
    public static InputSpace independent(List<InputSpec> inputs) {
        return new InputSpace(inputs, new int[0], new double[0][0]);
    }

    public int dimension() {
        return inputs.size();
    }

    public int indexOf(String name) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no input '" + name + "'");
    }

    @Override
    public int[] correlated() {
        return correlated.clone();
    }

    @Override
    public double[][] spearman() {
        double[][] copy = new double[spearman.length][];
        for (int i = 0; i < spearman.length; i++) {
            copy[i] = spearman[i].clone();
        }
        return copy;
    }
}

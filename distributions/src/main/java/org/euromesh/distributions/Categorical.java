package org.euromesh.distributions;

import java.util.Arrays;

/**
 * A finite set of values with weights (normalised internally). Sampled in O(1) with the alias
 * method (commons-rng). Values need not be sorted or distinct; zero weights are allowed.
 */
public final class Categorical extends DiscreteDistribution {
    private final double[] values;
    private final double[] weights;

    private Categorical(double[] values, double[] weights) {
        super(new DiscreteSupport(values, weights));
        this.values = values;
        this.weights = weights;
    }

    /**
     * @throws IllegalArgumentException unless values and weights have the same non-zero length,
     *                                  values are finite and weights finite, non-negative, with a positive sum
     */
    public static Categorical of(double[] values, double[] weights) {
        DiscreteSupport.checkWeights("categorical", values, weights);
        return new Categorical(values.clone(), weights.clone());
    }

    /** The values as given. */
    public double[] values() {
        return values.clone();
    }

    /** The weights as given (not normalised). */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String spec() {
        return "categorical(values=" + Specs.list(values) + ", weights=" + Specs.list(weights) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Categorical c && Arrays.equals(c.values, values) && Arrays.equals(c.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

}

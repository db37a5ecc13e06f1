package org.euromesh.distributions;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;

/**
 * The maths of a finite discrete distribution: sorted distinct atoms with positive mass (zero-weight
 * entries and duplicates are folded), shared by {@link Bernoulli}, {@link Categorical} and
 * {@link Empirical}.
 */
final class DiscreteSupport {
    final double[] values;
    final double[] probs;
    final double[] cum;

    /** @param weights non-negative, finite, positive sum (checked by the caller) */
    DiscreteSupport(double[] rawValues, double[] weights) {
        int n = rawValues.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(rawValues[i], rawValues[j]));
        double[] v = new double[n];
        double[] w = new double[n];
        int k = 0;
        for (int idx : order) {
            if (weights[idx] == 0) {
                continue;
            }
            if (k > 0 && v[k - 1] == rawValues[idx]) {
                w[k - 1] += weights[idx];
            } else {
                v[k] = rawValues[idx];
                w[k] = weights[idx];
                k++;
            }
        }
        values = Arrays.copyOf(v, k);
        double total = 0;
        for (int i = 0; i < k; i++) {
            total += w[i];
        }
        probs = new double[k];
        cum = new double[k];
        double run = 0;
        for (int i = 0; i < k; i++) {
            probs[i] = w[i] / total;
            run += w[i];
            // running weight over total: exact for integer weights (empirical counts)
            cum[i] = run / total;
        }
        cum[k - 1] = 1;
    }

    /** Validates weights: same length as values, finite, >= 0, positive sum. */
    static void checkWeights(String family, double[] values, double[] weights) {
        if (values == null || weights == null || values.length == 0) {
            throw new IllegalArgumentException(family + " needs at least one value");
        }
        if (values.length != weights.length) {
            throw new IllegalArgumentException(family + " needs as many weights as values, got " + values.length
                    + " values and " + weights.length + " weights");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            Checks.finite(family + " value [" + i + "]", values[i]);
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException(family + " weight [" + i + "] must be finite and >= 0, got "
                        + weights[i]);
            }
            sum += weights[i];
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new IllegalArgumentException(family + " weights must have a positive finite sum, got " + sum);
        }
    }

    double cdf(double x) {
        // largest i with values[i] <= x
        int i = Arrays.binarySearch(values, x);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? 0 : cum[i];
    }

    double quantile(double p) {
        Checks.probability(p);
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }

    double mean() {
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            m += probs[i] * values[i];
        }
        return m;
    }

    double variance() {
        double m = mean();
        double v = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - m;
            v += probs[i] * d * d;
        }
        return v;
    }

    DistributionSampler sampler(UniformRandomProvider rng) {
        if (values.length == 1) {
            return Samplers.constant(values[0]);
        }
        return Samplers.indexed(AliasMethodDiscreteSampler.of(rng, probs), values);
    }

    FastQuantile fastQuantile() {
        return values.length == 1 ? FastQuantile.constant(values[0]) : FastQuantile.discrete(values, cum);
    }
}

package org.euromesh.distributions;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/** The few {@link DistributionSampler} shapes the families need; each holds only its generator. */
final class Samplers {
    private Samplers() {
    }

    /** Always the same value. */
    static DistributionSampler constant(double v) {
        return new DistributionSampler() {
            @Override
            public double sample() {
                return v;
            }

            @Override
            public DistributionSampler withUniformRandomProvider(UniformRandomProvider rng) {
                return this;
            }
        };
    }

    /** {@code shift + scale * s.sample()}; wraps a commons-rng sampler. */
    static DistributionSampler affine(SharedStateContinuousSampler s, double shift, double scale) {
        return new Affine(s, shift, scale);
    }

    /** {@code values[s.sample()]}: an index sampler over a support. */
    static DistributionSampler indexed(SharedStateDiscreteSampler s, double[] values) {
        return new Indexed(s, values);
    }

    /** Inversion: {@code quantile(u)} with u uniform in [0, 1). */
    static DistributionSampler inversion(UniformRandomProvider rng, DoubleUnaryOperator quantile) {
        return new Inversion(rng, quantile);
    }

    private static final class Affine implements DistributionSampler {
        private final SharedStateContinuousSampler s;
        private final double shift;
        private final double scale;

        Affine(SharedStateContinuousSampler s, double shift, double scale) {
            this.s = s;
            this.shift = shift;
            this.scale = scale;
        }

        @Override
        public double sample() {
            return shift + scale * s.sample();
        }

        @Override
        public DistributionSampler withUniformRandomProvider(UniformRandomProvider rng) {
            return new Affine(s.withUniformRandomProvider(rng), shift, scale);
        }
    }

    private static final class Indexed implements DistributionSampler {
        private final SharedStateDiscreteSampler s;
        private final double[] values;

        Indexed(SharedStateDiscreteSampler s, double[] values) {
            this.s = s;
            this.values = values;
        }

        @Override
        public double sample() {
            return values[s.sample()];
        }

        @Override
        public DistributionSampler withUniformRandomProvider(UniformRandomProvider rng) {
            return new Indexed(s.withUniformRandomProvider(rng), values);
        }
    }

    private static final class Inversion implements DistributionSampler {
        private final UniformRandomProvider rng;
        private final DoubleUnaryOperator quantile;

        Inversion(UniformRandomProvider rng, DoubleUnaryOperator quantile) {
            this.rng = rng;
            this.quantile = quantile;
        }

        @Override
        public double sample() {
            return quantile.applyAsDouble(rng.nextDouble());
        }

        @Override
        public DistributionSampler withUniformRandomProvider(UniformRandomProvider rng) {
            return new Inversion(rng, quantile);
        }
    }
}

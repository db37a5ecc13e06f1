package org.euromesh.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws values from a distribution. Modelled on commons-rng's
 * {@code SharedStateContinuousSampler}: the only mutable state is the generator, so a sampler
 * can be re-bound to another stream without re-computing its constants.
 */
public interface DistributionSampler {

    double sample();

    /** The same sampler drawing from {@code rng}; constants are shared, not recomputed. */
    DistributionSampler withUniformRandomProvider(UniformRandomProvider rng);
}

package org.euromesh.engine.sampling;

/** How the points of a run are generated (see {@link org.euromesh.engine.sampling.PointGenerator}). */
public enum SamplingMethod {
    /** Plain Monte Carlo: independent uniforms, one xoroshiro128++ stream per (block, input), see Streams.pointStream. */
    MC,
    /** Latin hypercube: every block is its own Latin hypercube of its points. */
    LHS,
    /**
     * Randomised quasi-Monte Carlo: one Sobol sequence over the whole run (point
     * {@code k·blockSize + i} in block {@code k}) with a linear matrix scramble and a digital shift
     * derived from the seed. Best with a power-of-two number of samples.
     */
    SOBOL
}

/**
 * Point generation: per-(block, input) random streams ({@link org.euromesh.engine.sampling.Streams}),
 * plain Monte Carlo, per-block Latin hypercubes and one scrambled Sobol sequence per run, behind
 * {@link org.euromesh.engine.sampling.PointGenerator} and its per-thread
 * {@link org.euromesh.engine.sampling.PointCursor}.
 */
package org.euromesh.engine.sampling;

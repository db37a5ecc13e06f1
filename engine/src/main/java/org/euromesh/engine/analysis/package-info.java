/**
 * Decision analytics on a Monte Carlo sample kept in memory ({@link org.euromesh.engine.analysis.PathSample}):
 *
 * <ul>
 *   <li>{@link org.euromesh.engine.analysis.Prim}: scenario discovery, the boxes of input space where
 *       a 0/1 outcome happens (Friedman &amp; Fisher 1999), chosen on one half of the paths and
 *       measured and tested on the other.</li>
 *   <li>{@link org.euromesh.engine.analysis.ValueOfInformation}: EVPI and EVPPI per group of inputs
 *       for a choice between two options with losses, by regression on the sample (Strong, Oakley
 *       &amp; Brennan 2014), with block-bootstrap intervals.</li>
 * </ul>
 *
 * <p>Generic: nothing here knows a particular model's names. Results are bit-identical on any number of
 * threads.
 */
package org.euromesh.engine.analysis;

package org.euromesh.engine.sensitivity;

import org.euromesh.engine.sampling.SamplingMethod;

/**
 * Everything a {@link SensitivityResult} depends on (threads excluded: they never change it).
 *
 * @param seed          seed of the rank-correlation sample, the Sobol design and every bootstrap
 * @param rankSamples   N of the Monte Carlo sample behind the rank correlations (0: skipped)
 * @param rankMethod    point generation of that sample
 * @param sobolSamples  N of the Sobol design: rows of A and of B (0: skipped)
 * @param sobolMethod   base points of the Sobol design (SOBOL: scrambled Sobol of dimension 2d)
 * @param bootstrap     bootstrap resamples B behind every interval
 * @param tornadoLow    low quantile of the tornado (0.10)
 * @param tornadoHigh   high quantile of the tornado (0.90)
 * @param blockSize     rank-sample paths per block (part of the identity with MC points)
 * @param sobolBlockSize Sobol design rows per block
 */
public record SensitivitySettings(long seed, int rankSamples, SamplingMethod rankMethod, int sobolSamples,
                                  SamplingMethod sobolMethod, int bootstrap, double tornadoLow, double tornadoHigh,
                                  int blockSize, int sobolBlockSize) {
}

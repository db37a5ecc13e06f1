package org.euromesh.engine.analysis;

/**
 * One box of the peeling trajectory, measured on the half it was found on (train) and on the
 * other half (test).
 *
 * @param trainMass     share of training paths inside the box
 * @param trainCoverage share of the training wins inside the box
 * @param trainDensity  share of the training paths inside the box that are wins
 * @param testMass      the same three on the held-out half
 * @param testCoverage  held-out coverage
 * @param testDensity   held-out density (NaN when no held-out path is inside)
 * @param restricted    inputs restricted at this step
 */
public record PrimStep(double trainMass, double trainCoverage, double trainDensity, double testMass,
                       double testCoverage, double testDensity, int restricted) {
}

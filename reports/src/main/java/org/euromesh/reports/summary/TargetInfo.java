package org.euromesh.reports.summary;

/**
 * One training target: what "a frontier-class model" costs.
 *
 * @param name        e.g. 405B
 * @param computeFlop required training compute C_req (FLOP)
 * @param nParams     parameters N
 * @param source      where the size comes from
 */
public record TargetInfo(String name, double computeFlop, double nParams, String source) {
}

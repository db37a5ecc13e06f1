package org.euromesh.params;

/** Weights of the regional composite rank (docs/MODEL.md §4); they must be non-negative and sum to 1. */
public record ScorecardWeights(double time, double cost, double carbon, double feasibility) {

    public ScorecardWeights {
        double sum = time + cost + carbon + feasibility;
        if (time < 0 || cost < 0 || carbon < 0 || feasibility < 0 || Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("scorecard weights must be >= 0 and sum to 1, got "
                    + time + ", " + cost + ", " + carbon + ", " + feasibility);
        }
    }
}

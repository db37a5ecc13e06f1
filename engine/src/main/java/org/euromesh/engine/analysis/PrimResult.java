package org.euromesh.engine.analysis;

import java.util.List;
import org.euromesh.engine.stats.ProbabilityEstimate;

/**
 * Scenario discovery for one 0/1 outcome: the peeling trajectory, the box chosen from it, and
 * that box measured on the held-out half of the paths.
 *
 * @param paths        N, paths of the sample (half train, half test)
 * @param wins         paths with outcome 1
 * @param baseRate     P(outcome = 1) over the held-out half, 95% Wilson interval
 * @param trajectory   every peeled box, from the whole space (step 0) down to the smallest
 * @param chosenStep   index into {@code trajectory} of the box chosen by the rule, or -1 (no box met it)
 * @param box          the chosen box after pruning restrictions that do not help, empty if none
 * @param coverage     held-out share of the wins inside the box (Wilson)
 * @param density      held-out P(outcome = 1 | inside the box) (Wilson)
 * @param mass         held-out share of all paths inside the box (Wilson)
 * @param pValue       one-sided p-value on the held-out half that the density inside the box
 *                     exceeds the density outside it (two-proportion z-test); NaN if no box
 * @param significant  {@code pValue < alpha} of {@link Prim}
 * @param peel         peeling fraction used
 * @param minMass      the smallest box mass peeled to
 */
public record PrimResult(int paths, long wins, ProbabilityEstimate baseRate, List<PrimStep> trajectory,
                         int chosenStep, List<Restriction> box, ProbabilityEstimate coverage,
                         ProbabilityEstimate density, ProbabilityEstimate mass, double pValue, boolean significant,
                         double peel, double minMass) {

    public PrimResult {
        trajectory = List.copyOf(trajectory);
        box = List.copyOf(box);
    }

    /** True when a box was chosen (it may still not be significant). */
    public boolean hasBox() {
        return chosenStep >= 0 && !box.isEmpty();
    }
}

package org.euromesh.engine.analysis;

import java.util.List;
import org.euromesh.engine.sensitivity.Interval;

/**
 * Value of information for a choice between two options A and B, each with a loss per path
 * (smaller is better, e.g. a delivery time).
 *
 * @param optionA     name of option A (its loss output)
 * @param optionB     name of option B
 * @param meanLossA   E[L_A] over the sample
 * @param meanLossACi its 95% bootstrap interval
 * @param meanLossB   E[L_B]
 * @param meanLossBCi its 95% bootstrap interval
 * @param bChoiceRate share of paths on which B has the smaller loss (the choice perfect
 *                    information would make B)
 * @param evpi        expected value of perfect information, E[min(L_A, L_B)] below min(E[L_A], E[L_B])
 * @param evpiCi      its 95% bootstrap interval
 * @param groups      EVPPI of each group, in the order given
 * @param paths       N
 * @param bootstrap   bootstrap replicates behind each interval
 * @param seed        seed of the bootstrap
 */
public record VoiResult(String optionA, String optionB, double meanLossA, Interval meanLossACi, double meanLossB,
                        Interval meanLossBCi, double bChoiceRate, double evpi, Interval evpiCi, List<Evppi> groups,
                        int paths, int bootstrap, long seed) {

    public VoiResult {
        groups = List.copyOf(groups);
    }

    /** True when B has the smaller expected loss: the choice to make without more information. */
    public boolean bIsBetter() {
        return meanLossB < meanLossA;
    }

    public Evppi group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group '" + name + "' in this result"));
    }
}

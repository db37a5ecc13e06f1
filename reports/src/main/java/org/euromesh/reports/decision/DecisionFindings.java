package org.euromesh.reports.decision;

import java.util.List;
import java.util.Map;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.VoiResult;

/**
 * What the decision analytics found on one sample of paths.
 *
 * @param paths      N, paths of the sample
 * @param seed       seed of the sample and of the bootstrap
 * @param horizon    years from 2026-01-01 after which a delivery time is censored and clipped
 * @param targets    every target considered, in parameter order
 * @param campusWins per target, paths on which the campus delivered first
 * @param prim       scenario discovery per target where both sides win on enough paths
 * @param voi        value of information per target where both sides win on enough paths
 * @param censoredFed    per target, paths on which the federation was censored
 * @param censoredCampus per target, paths on which the campus was censored
 */
public record DecisionFindings(int paths, long seed, double horizon, List<String> targets, Map<String, Long> campusWins,
                               Map<String, PrimResult> prim, Map<String, VoiResult> voi,
                               Map<String, Long> censoredFed, Map<String, Long> censoredCampus) {

    public DecisionFindings {
        targets = List.copyOf(targets);
        campusWins = Map.copyOf(campusWins);
        prim = Map.copyOf(prim);
        voi = Map.copyOf(voi);
        censoredFed = Map.copyOf(censoredFed);
        censoredCampus = Map.copyOf(censoredCampus);
    }

    /** Targets analysed (both sides won on enough paths), in parameter order. */
    public List<String> analysed() {
        return targets.stream().filter(prim::containsKey).toList();
    }
}

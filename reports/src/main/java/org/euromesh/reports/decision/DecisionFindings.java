package org.euromesh.reports.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.VoiResult;
import org.euromesh.reports.summary.DecisionData;
import org.euromesh.reports.summary.DecisionTarget;

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

    /** What a summary keeps of these findings; {@code text} gives the units and bound quantiles of each box. */
    public DecisionData data(DecisionText text) {
        List<DecisionTarget> ts = new ArrayList<>();
        for (String t : targets) {
            PrimResult p = prim.get(t);
            ts.add(new DecisionTarget(t, campusWins.get(t), censoredFed.get(t), censoredCampus.get(t), p, voi.get(t),
                    p == null ? List.of() : text.boxInputs(p)));
        }
        return new DecisionData(paths, seed, horizon, ts);
    }

    /** The findings a summary kept: the inverse of {@link #data}. */
    public static DecisionFindings of(DecisionData d) {
        Map<String, Long> wins = new HashMap<>();
        Map<String, PrimResult> prims = new HashMap<>();
        Map<String, VoiResult> vois = new HashMap<>();
        Map<String, Long> cf = new HashMap<>();
        Map<String, Long> cc = new HashMap<>();
        for (DecisionTarget t : d.targets()) {
            wins.put(t.name(), t.campusWins());
            cf.put(t.name(), t.censoredFed());
            cc.put(t.name(), t.censoredCampus());
            if (t.prim() != null) {
                prims.put(t.name(), t.prim());
            }
            if (t.voi() != null) {
                vois.put(t.name(), t.voi());
            }
        }
        return new DecisionFindings(d.paths(), d.seed(), d.horizon(), d.targets().stream().map(DecisionTarget::name)
                .toList(), wins, prims, vois, cf, cc);
    }

    /** Targets analysed (both sides won on enough paths), in parameter order. */
    public List<String> analysed() {
        return targets.stream().filter(prim::containsKey).toList();
    }
}

package org.euromesh.reports.summary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The decision analytics a report shows ("When does the campus win?", "What is worth knowing
 * better?"), kept in {@code summary.json} so that {@code euromesh report} rebuilds them. They come
 * from a sample of paths of their own (drawn from the run's seed), not from the run's paths.
 *
 * @param paths   N, paths of the decision sample
 * @param seed    seed of the sample and of the bootstrap
 * @param horizon years from 2026-01-01 after which a delivery time is censored and clipped
 * @param targets every target considered, in parameter order, analysed or not
 */
public record DecisionData(int paths, long seed, double horizon, List<DecisionTarget> targets) {

    public DecisionData {
        targets = List.copyOf(targets);
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be at least 1, got " + paths);
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon must be a positive number of years, got " + horizon);
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets must not be empty");
        }
        Set<String> seen = new HashSet<>();
        for (DecisionTarget t : targets) {
            if (!seen.add(t.name())) {
                throw new IllegalArgumentException("target '" + t.name() + "' appears twice");
            }
            if (t.campusWins() > paths || t.censoredFed() > paths || t.censoredCampus() > paths) {
                throw new IllegalArgumentException("counts of '" + t.name() + "' exceed the " + paths + " paths");
            }
            if (t.prim() != null && t.prim().paths() != paths) {
                throw new IllegalArgumentException("prim of '" + t.name() + "' is on " + t.prim().paths()
                        + " paths, the decision sample has " + paths);
            }
        }
    }

    /** Targets analysed (both sides won on enough paths), in parameter order. */
    public List<DecisionTarget> analysed() {
        return targets.stream().filter(DecisionTarget::analysed).toList();
    }
}

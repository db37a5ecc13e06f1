package org.euromesh.reports.summary;

import java.util.List;
import java.util.Objects;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.VoiResult;

/**
 * The decision analytics of one target.
 *
 * @param name           target name
 * @param campusWins     paths on which the campus delivered first
 * @param censoredFed    paths on which the federation was censored at the horizon
 * @param censoredCampus paths on which the campus was censored at the horizon
 * @param prim           scenario discovery for "the campus wins"; null when either side won on
 *                       too few paths to analyse
 * @param voi            value of information; null when not analysed (never without {@code prim})
 * @param box            unit and bound quantiles of each restriction of {@code prim}'s box, in
 *                       the box's order; empty without a box
 */
public record DecisionTarget(String name, long campusWins, long censoredFed, long censoredCampus, PrimResult prim,
                             VoiResult voi, List<BoxInput> box) {

    public DecisionTarget {
        Objects.requireNonNull(name, "name");
        box = box == null ? List.of() : List.copyOf(box);
        if (campusWins < 0 || censoredFed < 0 || censoredCampus < 0) {
            throw new IllegalArgumentException("campusWins, censoredFed and censoredCampus of '" + name
                    + "' must be counts (>= 0)");
        }
        if (prim == null && voi != null) {
            throw new IllegalArgumentException("voi of '" + name + "' needs prim: only analysed targets have one");
        }
        int restrictions = prim == null ? 0 : prim.box().size();
        if (box.size() != restrictions) {
            throw new IllegalArgumentException("box of '" + name + "' has " + box.size() + " entries, its prim box "
                    + restrictions + " restrictions");
        }
        for (int i = 0; i < restrictions; i++) {
            if (!box.get(i).input().equals(prim.box().get(i).input())) {
                throw new IllegalArgumentException("box[" + i + "] of '" + name + "' is '" + box.get(i).input()
                        + "' but its prim restriction is '" + prim.box().get(i).input() + "'");
            }
        }
    }

    /** Both sides won on enough paths for the target to be analysed. */
    public boolean analysed() {
        return prim != null;
    }
}

package org.euromesh.reports.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.summary.CoarseHistogram;
import org.euromesh.reports.summary.Summary;

/**
 * Exact mode: same configuration, so every number must be bit-identical (the engine guarantees
 * it at any thread count). Any difference fails and is listed; every percentile and probability
 * is listed either way.
 */
public final class ExactComparison {

    private ExactComparison() {
    }

    public static CheckResult compare(Summary baseline, Summary current) {
        Map<String, Object> a = Flattened.of(baseline);
        Map<String, Object> b = Flattened.of(current);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<CheckItem> items = new ArrayList<>();
        for (String k : keys) {
            Object x = a.get(k);
            Object y = b.get(k);
            boolean same = same(x, y);
            if (!same || StatisticalComparison.isHeadlineNumber(k)) {
                items.add(new CheckItem(k, show(x, y), show(y, x), "= baseline",
                        same ? CheckItem.Status.PASS : CheckItem.Status.FAIL));
            }
        }
        return new CheckResult(CheckMode.EXACT, Double.NaN, Double.NaN, keys.size(), items,
                Notes.of(baseline, current));
    }

    static boolean same(Object x, Object y) {
        if (x instanceof Double d && y instanceof Double e) {
            return Double.compare(d, e) == 0;
        }
        return Objects.equals(x, y);
    }

    /** A value for the table; a histogram as "k bins differ" against the other side. */
    private static String show(Object v, Object other) {
        if (v == null) {
            return "(missing)";
        }
        if (v instanceof Double d) {
            return Numbers.format(d) + (d.isInfinite() || d.isNaN() ? "" : " (" + Double.toString(d) + ")");
        }
        if (v instanceof CoarseHistogram h) {
            if (!(other instanceof CoarseHistogram o) || o.bins() != h.bins()) {
                return h.bins() + " bins";
            }
            int diff = 0;
            for (int i = 0; i < h.bins(); i++) {
                if (!h.counts().get(i).equals(o.counts().get(i))) {
                    diff++;
                }
            }
            return h.total() + " counted" + (diff == 0 ? "" : ", " + diff + " bins differ");
        }
        return String.valueOf(v);
    }
}

package org.euromesh.reports.check;

import java.util.List;

/**
 * The outcome of comparing a rerun with its baseline.
 *
 * @param mode     exact or statistical
 * @param k        statistical: the allowed number of combined standard errors; NaN for exact
 * @param alpha    statistical: the family-wise false-alarm rate k was chosen for; NaN for exact
 * @param compared numbers actually compared (skipped ones excluded)
 * @param items    the compared numbers to show: every percentile and probability, and every
 *                 other number that differs
 * @param notes    context for the reader (different seeds, parameters, versions)
 */
public record CheckResult(CheckMode mode, double k, double alpha, int compared, List<CheckItem> items,
                          List<String> notes) {

    public CheckResult {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return items.stream().noneMatch(CheckItem::failed);
    }

    public List<CheckItem> failures() {
        return items.stream().filter(CheckItem::failed).toList();
    }
}

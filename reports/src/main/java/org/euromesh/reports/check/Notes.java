package org.euromesh.reports.check;

import java.util.ArrayList;
import java.util.List;
import org.euromesh.reports.summary.Metadata;
import org.euromesh.reports.summary.Summary;

/** What differs in how the two runs were made: printed above the table, never a failure by itself. */
final class Notes {

    private Notes() {
    }

    static List<String> of(Summary baseline, Summary current) {
        Metadata a = baseline.metadata();
        Metadata b = current.metadata();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "baseline: seed %d, N %,d, %s, scenario %s, parameters %s, euromesh %s",
                a.seed(), a.samples(), a.method(), a.scenario(), a.params(), a.version()));
        notes.add(String.format(java.util.Locale.ROOT, "rerun:    seed %d, N %,d, %s, scenario %s, parameters %s, euromesh %s",
                b.seed(), b.samples(), b.method(), b.scenario(), b.params(), b.version()));
        notes.addAll(InputDiff.lines(baseline, current));
        return notes;
    }
}

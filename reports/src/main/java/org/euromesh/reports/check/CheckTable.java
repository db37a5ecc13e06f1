package org.euromesh.reports.check;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a {@link CheckResult} as a fixed-width table with a verdict line. */
public final class CheckTable {

    private CheckTable() {
    }

    public static void print(CheckResult r, PrintWriter w, boolean failuresOnly) {
        r.notes().forEach(n -> w.println(n));
        rows(failuresOnly ? r.failures() : r.items(), w);
        long failed = r.failures().size();
        String what = r.mode() == CheckMode.EXACT
                ? r.compared() + " values compared for bit-identity"
                : r.compared() + " percentiles and probabilities compared at k = " + String.format(Locale.ROOT, "%.3f", r.k());
        w.printf(Locale.ROOT, "%s: %s; %d failed.%n", r.passed() ? "PASS" : "FAIL", what, failed);
        w.flush();
    }

    /** What an update changes: the differing values, without a verdict. */
    public static void printChanges(CheckResult r, PrintWriter w) {
        r.notes().forEach(n -> w.println(n));
        rows(r.failures(), w);
        w.flush();
    }

    private static void rows(List<CheckItem> rows, PrintWriter w) {
        int nameWidth = Math.max(20, rows.stream().mapToInt(i -> i.name().length()).max().orElse(0));
        String fmt = "%-" + nameWidth + "s  %-24s  %-24s  %-34s  %s%n";
        w.printf(Locale.ROOT, fmt, "number", "baseline", "new", "allowed", "result");
        for (CheckItem i : rows) {
            w.printf(Locale.ROOT, fmt, i.name(), i.baseline(), i.current(), i.band(), i.status().name().toLowerCase(Locale.ROOT));
        }
    }
}

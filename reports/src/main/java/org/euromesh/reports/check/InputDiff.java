package org.euromesh.reports.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.reports.format.Numbers;
import org.euromesh.reports.summary.InputEntry;
import org.euromesh.reports.summary.Summary;

/**
 * The inputs whose distribution differs between a baseline and its rerun, named before any
 * output: after a one-parameter change, statistical mode fails on dozens of outputs, and the
 * reader's first question is which input moved. Compares what each summary recorded: central,
 * the distribution as written and as fitted, and the unit; inputs present on one side only are
 * named too.
 */
final class InputDiff {

    private InputDiff() {
    }

    /** One line per differing input, under a heading; empty when every input is the same. */
    static List<String> lines(Summary baseline, Summary current) {
        Map<String, InputEntry> before = byName(baseline.inputs());
        Map<String, InputEntry> after = byName(current.inputs());
        List<String> out = new ArrayList<>();
        for (InputEntry b : before.values()) {
            InputEntry c = after.get(b.name());
            if (c == null) {
                out.add("  " + b.name() + ": in the baseline, not in the rerun");
            } else if (!same(b, c)) {
                out.add("  " + b.name() + ": " + describe(b) + " -> " + describe(c));
            }
        }
        for (InputEntry c : after.values()) {
            if (!before.containsKey(c.name())) {
                out.add("  " + c.name() + ": new in the rerun, " + describe(c));
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("inputs that differ from the baseline's (" + out.size() + "), a likely cause of any failure below:");
        lines.addAll(out);
        return lines;
    }

    private static boolean same(InputEntry a, InputEntry b) {
        return Double.compare(a.central(), b.central()) == 0 && a.fitted().equals(b.fitted()) && a.spec().equals(b.spec())
                && a.unit().equals(b.unit());
    }

    private static String describe(InputEntry e) {
        String d = e.spec().equals(e.fitted()) ? e.fitted() : e.spec() + " = " + e.fitted();
        return "central " + Numbers.format(e.central()) + " " + e.unit() + ", " + d;
    }

    private static Map<String, InputEntry> byName(List<InputEntry> inputs) {
        Map<String, InputEntry> m = new LinkedHashMap<>();
        inputs.forEach(i -> m.put(i.name(), i));
        return m;
    }
}

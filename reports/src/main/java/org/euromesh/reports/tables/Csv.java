package org.euromesh.reports.tables;

import java.util.List;

/**
 * A table as CSV text (RFC 4180): header row, comma-separated, {@code \n} line ends on every
 * platform. Doubles in Java's shortest round-trip form ({@code 7.68E21}, {@code 1.0}); NaN, "not
 * applicable", is an empty cell; a text cell with a comma, quote or line break is quoted.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(Table t) {
        StringBuilder b = new StringBuilder();
        line(b, t.columns());
        for (List<Object> r : t.rows()) {
            line(b, r);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append('\n');
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "" : d.toString();
        }
        String s = v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}

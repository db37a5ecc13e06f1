package org.euromesh.params;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader that keeps each row's physical line number for error messages. Quoted
 * fields ("a, b", "" for a quote) are supported; a field cannot span lines. Lines starting
 * with {@code #} and blank lines are comments, so the shipped table can explain itself.
 */
final class CsvTable {

    record Row(int line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }
    }

    private final Row header;
    private final List<Row> rows;

    private CsvTable(Row header, List<Row> rows) {
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    Row header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvTable parse(String file, String text) {
        Row header = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Row row = new Row(i + 1, split(line, new SourceLocation(file, i + 1)));
            if (header == null) {
                header = row;
            } else {
                rows.add(row);
            }
        }
        if (header == null) {
            throw new ParameterException(new SourceLocation(file, 1), null, "no header row; expected a CSV table");
        }
        return new CsvTable(header, rows);
    }

    private static List<String> split(String line, SourceLocation at) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ParameterException(at, null, "unterminated quoted field (a field cannot span lines)");
        }
        out.add(field.toString().trim());
        return out;
    }
}

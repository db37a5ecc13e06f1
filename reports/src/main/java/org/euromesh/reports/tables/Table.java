package org.euromesh.reports.tables;

import java.util.List;
import java.util.Objects;

/**
 * A named table of typed columns, the content of one CSV file. Cells are {@link String},
 * {@link Double} (NaN: not applicable, an empty cell) or {@link Long}.
 *
 * @param name    e.g. targets
 * @param columns column names, in order
 * @param rows    rows of cells, one per column
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + r.size() + " cells under " + columns.size()
                        + " columns");
            }
        }
    }

    public int rowCount() {
        return rows.size();
    }
}

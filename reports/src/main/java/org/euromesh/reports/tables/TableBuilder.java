package org.euromesh.reports.tables;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds a Tablesaw table row by row, so each table reads as one list of named cells. */
final class TableBuilder {

    private final String name;
    private final List<Column<?>> columns = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    TableBuilder text(String column) {
        columns.add(StringColumn.create(column));
        return this;
    }

    TableBuilder number(String column) {
        columns.add(DoubleColumn.create(column));
        return this;
    }

    TableBuilder count(String column) {
        columns.add(LongColumn.create(column));
        return this;
    }

    /** Appends one row; cells in column order (String, double or long as declared). */
    TableBuilder row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + columns.size() + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            Column<?> c = columns.get(i);
            if (c instanceof StringColumn s) {
                s.append((String) cells[i]);
            } else if (c instanceof DoubleColumn d) {
                d.append(((Number) cells[i]).doubleValue());
            } else {
                ((LongColumn) c).append(((Number) cells[i]).longValue());
            }
        }
        return this;
    }

    Table build() {
        return Table.create(name, columns.toArray(new Column<?>[0]));
    }
}

package org.euromesh.reports.tables;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Table} row by row, so each table reads as one list of named cells. */
final class TableBuilder {

    private enum Type { TEXT, NUMBER, COUNT }

    private final String name;
    private final List<String> columns = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    TableBuilder text(String column) {
        return add(column, Type.TEXT);
    }

    TableBuilder number(String column) {
        return add(column, Type.NUMBER);
    }

    TableBuilder count(String column) {
        return add(column, Type.COUNT);
    }

    private TableBuilder add(String column, Type type) {
        columns.add(column);
        types.add(type);
        return this;
    }

    /** Appends one row; cells in column order (String, double or long as declared). */
    TableBuilder row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + columns.size() + " columns");
        }
        List<Object> row = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            row.add(switch (types.get(i)) {
                case TEXT -> (String) cells[i];
                case NUMBER -> ((Number) cells[i]).doubleValue();
                case COUNT -> ((Number) cells[i]).longValue();
            });
        }
        rows.add(row);
        return this;
    }

    Table build() {
        return new Table(name, columns, rows);
    }
}

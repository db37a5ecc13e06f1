package org.euromesh.reports.tables;

import java.io.StringWriter;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/** A table as CSV text: header row, comma-separated, {@code \n} line ends on every platform. */
public final class Csv {

    private Csv() {
    }

    public static String of(Table t) {
        StringWriter w = new StringWriter();
        new CsvWriter().write(t, CsvWriteOptions.builder(w).lineEnd("\n").usePrintFormatters(false).build());
        return w.toString();
    }
}

package org.euromesh.reports.charts;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart of the report.
 *
 * @param name    file stem, e.g. {@code delivery_scurves} (written as .png and .svg)
 * @param title   heading above the chart in the report
 * @param caption one or two sentences on how to read it
 * @param chart   what is painted
 */
public record NamedChart(String name, String title, String caption, Drawing chart) {

    public NamedChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("chart name must be a file stem [a-z0-9_]+, got '" + name + "'");
        }
    }

    /** A chart of one XChart chart. */
    public NamedChart(String name, String title, String caption, Chart<?, ?> chart) {
        this(name, title, caption, new Drawing.Single(chart));
    }
}

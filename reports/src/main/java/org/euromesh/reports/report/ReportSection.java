package org.euromesh.reports.report;

import java.util.List;
import java.util.Objects;
import org.euromesh.reports.charts.NamedChart;

/**
 * An extra section appended to the report (e.g. sensitivity): its blocks, and the charts its
 * {@link Block.Figure}s refer to. The hook lets other analyses add to the report without the
 * report knowing them.
 *
 * @param title  section heading
 * @param blocks the section's content, after the heading
 * @param charts charts rendered into charts/ and referenced by the blocks' figures
 */
public record ReportSection(String title, List<Block> blocks, List<NamedChart> charts) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        charts = List.copyOf(charts);
    }
}

package org.euromesh.reports.report;

/**
 * Which optional files a report folder gets besides report.html, report.md, summary.json, the
 * tables and the PNG charts. Both are off by default because each costs more than the rest of a
 * small run's report (measured in BENCHMARKS.md, "Fixed cost"): report.pdf about 2 CPU-seconds
 * (an HTML-to-PDF renderer loaded for one document), the SVG charts about 1 (XChart writes text as
 * glyph outlines, 300–450 kB a chart). Neither changes any other file except report.md's "vector
 * version" links, which name SVG files only when they are written.
 *
 * @param pdf report.pdf, the same content as report.html, for sharing as a document
 * @param svg charts/NAME.svg beside every charts/NAME.png
 */
public record OutputFormats(boolean pdf, boolean svg) {

    /** PNG charts only, no PDF: what a folder gets unless asked. */
    public static final OutputFormats DEFAULT = new OutputFormats(false, false);
    /** Every optional file. */
    public static final OutputFormats ALL = new OutputFormats(true, true);
}

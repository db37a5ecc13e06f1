package org.euromesh.reports.cli;

import org.euromesh.reports.report.OutputFormats;
import picocli.CommandLine.Option;

/** {@code --pdf} and {@code --svg}, the same on every command that writes a report folder. */
public final class FormatOptions {

    @Option(names = "--pdf", description = "Also write report.pdf, the same report as one document (A4) for sharing; "
            + "about 2 CPU-seconds more.")
    boolean pdf;

    @Option(names = "--svg", description = "Also write every chart as charts/NAME.svg (vector) beside its PNG; about "
            + "a CPU-second more.")
    boolean svg;

    /**
     * Earlier versions wrote report.pdf unless told {@code --no-pdf}, and the README documented it:
     * still accepted, and changes nothing (no PDF is the default now).
     */
    @Option(names = "--no-pdf", hidden = true)
    boolean deprecatedNoPdf;

    OutputFormats formats() {
        return new OutputFormats(pdf && !deprecatedNoPdf, svg);
    }
}

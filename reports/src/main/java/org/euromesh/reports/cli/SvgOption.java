package org.euromesh.reports.cli;

import picocli.CommandLine.Option;

/** {@code --svg} for a command whose folder has charts but no PDF (sensitivity). */
public final class SvgOption {

    @Option(names = "--svg", description = "Also write every chart as charts/NAME.svg (vector) beside its PNG; about "
            + "a CPU-second more.")
    boolean svg;
}

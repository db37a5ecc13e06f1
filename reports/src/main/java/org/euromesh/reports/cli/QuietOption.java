package org.euromesh.reports.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}, the same on every command: no progress display. Results are printed as usual. */
public final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr (it is shown only when stderr is a "
            + "terminal anyway). Results and errors are printed as usual.")
    boolean quiet;

    /** The progress display this command should use. */
    ProgressBar.Progress progress() {
        return ProgressBar.forTerminal(quiet);
    }
}

package org.euromesh.reports.cli;

import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * {@code --quiet}, the same on every command: no progress display. Results are printed as usual.
 * Made by {@link EuroMeshCli}'s factory with the terminal progress is drawn on.
 */
public final class QuietOption {

    private final ProgressTerminal terminal;

    @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr (it is shown only when stderr is a "
            + "terminal anyway). Results and errors are printed as usual.")
    boolean quiet;

    /** On standard error (what picocli's default factory makes, e.g. for a command run on its own). */
    public QuietOption() {
        this(ProgressTerminal.stderr());
    }

    QuietOption(ProgressTerminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /** The progress display this command should use. */
    ProgressBar.Progress progress() {
        return ProgressBar.on(terminal, quiet);
    }
}

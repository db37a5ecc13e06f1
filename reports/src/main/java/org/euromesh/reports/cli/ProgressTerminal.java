package org.euromesh.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where progress may be drawn: standard error, if it is a terminal. Handed to every command by
 * {@link EuroMeshCli#execute}, so that a test can stand in a fake terminal (one that says yes
 * and records what is drawn) for the real one without global state.
 *
 * @param isTerminal whether to draw at all (the real one: standard error is a terminal)
 * @param screen     what frames are drawn on
 */
public record ProgressTerminal(boolean isTerminal, PrintWriter screen) {

    public ProgressTerminal {
        Objects.requireNonNull(screen, "screen");
    }

    /** Standard error, drawn on only when it is a terminal. */
    public static ProgressTerminal stderr() {
        return new ProgressTerminal(stderrIsTerminal(), new PrintWriter(System.err, false));
    }

    /**
     * Standard error is a terminal. Java has no isatty: on Linux the descriptor's link names a
     * tty or pts device; elsewhere, fall back to {@link System#console()} (stdin and stdout are
     * terminals), which is the best the JDK offers. TERM=dumb (editors, some CI) is not a terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}

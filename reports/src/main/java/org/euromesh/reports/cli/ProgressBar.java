package org.euromesh.reports.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.euromesh.engine.ProgressListener;

/**
 * A one-line progress bar on the terminal. Quiet when standard error is not a terminal (CI,
 * pipes, files) so logs stay clean; {@code --quiet} silences it too.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private boolean drawn;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    /** A bar on stderr if it is a terminal and not {@code quiet}; otherwise a listener that does nothing. */
    static ProgressListener forTerminal(boolean quiet) {
        return quiet || System.console() == null ? ProgressListener.NONE : new ProgressBar(System.err);
    }

    @Override
    public void onProgress(long done, long total) {
        double f = total > 0 ? Math.min(1.0, (double) done / total) : 1.0;
        int full = (int) Math.round(f * WIDTH);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d / %,d samples  %.1f s", "#".repeat(full), " ".repeat(WIDTH - full),
                100 * f, done, total, seconds);
        drawn = true;
        if (done >= total) {
            finish();
        }
    }

    /** Ends the bar's line so the summary starts on a fresh one. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }
}

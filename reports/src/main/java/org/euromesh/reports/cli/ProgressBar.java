package org.euromesh.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.euromesh.engine.ProgressListener;

/**
 * Progress on standard error, one line redrawn with {@code \r}: a bar with samples and ETA while
 * a run samples, the phase and its elapsed time while it does work without a count (sensitivity,
 * writing the report). Drawn only when standard error is a terminal, so neither {@code > file}
 * nor {@code 2> log} ever receive a frame; {@code --quiet} turns it off.
 *
 * <p>Thread-safe: the engine reports after every block from its worker threads. Redraws at most
 * every {@link #MIN_REDRAW_NANOS} (a block of 65,536 samples takes about 0.1 s, so every block or
 * so is drawn) and, through a ticker, at least every {@link #TICK_MILLIS} ms, so a phase without
 * counts still shows that it is alive.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final int WIDTH = 30;
    private static final long MIN_REDRAW_NANOS = 100_000_000L;
    private static final long TICK_MILLIS = 500;

    private final PrintStream out;
    private final ScheduledExecutorService ticker;
    private String phase = "";
    private long phaseStart = System.nanoTime();
    private long done;
    private long total;
    private long lastDraw;
    private int lastWidth;

    private ProgressBar(PrintStream out) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "euromesh-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A bar on stderr if it is a terminal and not {@code quiet}; otherwise {@link #off()}. */
    static Progress forTerminal(boolean quiet) {
        return quiet || !stderrIsTerminal() ? off() : new Progress(new ProgressBar(System.err));
    }

    /** Progress drawn on {@code out} whatever it is: for tests. */
    static Progress to(PrintStream out) {
        return new Progress(new ProgressBar(out));
    }

    /** Progress that draws nothing. */
    static Progress off() {
        return new Progress(null);
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
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Starts a phase; {@code total} 0 for one without counts. */
    synchronized void phase(String name, long total) {
        this.phase = name;
        this.total = total;
        this.done = 0;
        this.phaseStart = System.nanoTime();
        draw(System.nanoTime());
    }

    @Override
    public synchronized void onProgress(long done, long total) {
        // Blocks finish out of order on several threads: keep the largest count seen.
        this.done = Math.max(this.done, done);
        this.total = total;
        long now = System.nanoTime();
        if (now - lastDraw >= MIN_REDRAW_NANOS || done >= total) {
            draw(now);
        }
    }

    private synchronized void tick() {
        draw(System.nanoTime());
    }

    private void draw(long now) {
        if (phase.isEmpty()) {
            return; // between phases, e.g. while the command prints its results
        }
        lastDraw = now;
        double seconds = (now - phaseStart) / 1e9;
        String line;
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            int full = (int) Math.round(f * WIDTH);
            String eta = done > 0 && done < total
                    ? String.format(Locale.ROOT, ", ETA %.0f s", Math.ceil(seconds * (total - done) / done)) : "";
            line = String.format(Locale.ROOT, "%s [%s%s] %3.0f%%  %,d / %,d samples  %.1f s%s", phase, "#".repeat(full),
                    " ".repeat(WIDTH - full), 100 * f, done, total, seconds, eta);
        } else {
            line = String.format(Locale.ROOT, "%s ... %.1f s", phase, seconds);
        }
        int pad = Math.max(0, lastWidth - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastWidth = line.length();
    }

    /** Clears the line, so that what follows starts on a clean one. */
    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
            lastWidth = 0;
        }
    }

    /**
     * What commands hold: the bar, or nothing. Phases are no-ops when off, so commands call the
     * same methods either way.
     */
    static final class Progress implements AutoCloseable {

        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        /** The listener to hand to the engine for a sampling phase. */
        ProgressListener sampling(String name, long total) {
            if (bar == null) {
                return ProgressListener.NONE;
            }
            bar.phase(name, total);
            return bar;
        }

        /** A phase without counts: its name and elapsed time are shown until the next phase. */
        void phase(String name) {
            if (bar != null) {
                bar.phase(name, 0);
            }
        }

        /** Clears the line before printing results (the next phase draws it again). */
        void clear() {
            if (bar != null) {
                synchronized (bar) {
                    if (bar.lastWidth > 0) {
                        bar.out.print("\r" + " ".repeat(bar.lastWidth) + "\r");
                        bar.out.flush();
                        bar.lastWidth = 0;
                    }
                    bar.phase = "";
                    bar.total = 0;
                }
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}

package org.euromesh.reports.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.euromesh.engine.ProgressListener;

/**
 * Progress on standard error, one line redrawn with {@code \r}: the phase, a bar, its share done,
 * elapsed time and ETA, for every long phase: sampling (in samples), the sensitivity analyses,
 * the decision analytics and report writing (in the blocks, replicates, peels or files the engine
 * and the writer report; each stage the engine announces is a phase of its own). Drawn only when
 * standard error is a terminal ({@link ProgressTerminal}), so neither {@code > file} nor
 * {@code 2> log} ever receive a frame; {@code --quiet} turns it off.
 *
 * <p>Thread-safe: the engine reports from its worker threads. Redraws at most every
 * {@link #MIN_REDRAW_NANOS} and always at the end of a phase, and, through a ticker, at least
 * every {@link #TICK_MILLIS} ms, so elapsed time and ETA move even between reports.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 20;
    /**
     * A frame never wraps on an 80-column terminal (a wrapped line cannot be redrawn with
     * {@code \r}): a long phase name is shortened, and the counts at the end are cut first.
     */
    static final int COLUMNS = 79;
    private static final long MIN_REDRAW_NANOS = 100_000_000L;
    private static final long TICK_MILLIS = 500;

    private final PrintWriter out;
    private final ScheduledExecutorService ticker;
    private String phase = "";
    private String unit = "";
    private long phaseStart = System.nanoTime();
    private long done;
    private long total;
    private long lastDraw;
    private int lastWidth;

    private ProgressBar(PrintWriter out) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "euromesh-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A bar on {@code terminal} if it is a terminal and not {@code quiet}; otherwise {@link #off()}. */
    static Progress on(ProgressTerminal terminal, boolean quiet) {
        return quiet || !terminal.isTerminal() ? off() : new Progress(new ProgressBar(terminal.screen()));
    }

    /** Progress drawn on {@code out} whatever it is: for tests. */
    static Progress to(PrintStream out) {
        return new Progress(new ProgressBar(new PrintWriter(out, false)));
    }

    /** Progress that draws nothing. */
    static Progress off() {
        return new Progress(null);
    }

    /** Starts a phase; {@code total} 0 for one without counts (yet). */
    private synchronized void phase(String name, long total, String unit) {
        this.phase = name;
        this.unit = unit;
        this.total = total;
        this.done = 0;
        this.phaseStart = System.nanoTime();
        draw(System.nanoTime());
    }

    private synchronized void progress(long done, long total) {
        if (total != this.total) {
            // The first count of a stage, or a stage whose size is known only now.
            this.total = total;
            this.done = 0;
        }
        // Blocks finish out of order on several threads: keep the largest count seen.
        this.done = Math.max(this.done, done);
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
            String counts = unit.isEmpty() ? "" : String.format(Locale.ROOT, "  %,d / %,d %s", done, total, unit);
            String rest = String.format(Locale.ROOT, " [%s%s] %3.0f%%  %.1f s%s", "#".repeat(full),
                    " ".repeat(WIDTH - full), 100 * f, seconds, eta);
            line = label(rest) + rest + counts;
        } else {
            String rest = String.format(Locale.ROOT, " ... %.1f s", seconds);
            line = label(rest) + rest;
        }
        line = line.length() > COLUMNS ? line.substring(0, COLUMNS) : line;
        int pad = Math.max(0, lastWidth - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastWidth = line.length();
    }

    /** The phase name, shortened with "..." if it and {@code rest} would not fit in {@link #COLUMNS}. */
    private String label(String rest) {
        int room = COLUMNS - rest.length();
        return phase.length() <= room ? phase : phase.substring(0, Math.max(0, room - 3)) + "...";
    }

    private synchronized void clearLine() {
        if (lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
            lastWidth = 0;
        }
        phase = "";
        total = 0;
    }

    /** Clears the line, so that what follows starts on a clean one. */
    @Override
    public void close() {
        ticker.shutdownNow();
        clearLine();
    }

    /**
     * What commands hold: the bar, or nothing. Every method is a no-op when off (and hands the
     * engine {@link ProgressListener#NONE}), so commands call the same methods either way.
     */
    static final class Progress implements AutoCloseable {

        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        /** A sampling phase counted in samples; a stage the engine announces becomes the phase. */
        ProgressListener sampling(String name, long total) {
            if (bar == null) {
                return ProgressListener.NONE;
            }
            bar.phase(name, total, "samples");
            return listener(name);
        }

        /**
         * A phase of analyses that announce their stages ({@link ProgressListener#onStage}):
         * {@code name} is shown until the first stage starts, then each stage with its share done
         * and ETA.
         */
        ProgressListener stages(String name) {
            if (bar == null) {
                return ProgressListener.NONE;
            }
            bar.phase(name, 0, "");
            return listener(name);
        }

        private ProgressListener listener(String name) {
            return new ProgressListener() {
                @Override
                public void onProgress(long done, long total) {
                    bar.progress(done, total);
                }

                @Override
                public void onStage(String stage) {
                    // The stage alone ("Sobol indices: bootstrap"): it says what runs, and keeps the line short.
                    bar.phase(stage, 0, "");
                }
            };
        }

        /** A phase without counts: its name and elapsed time are shown until the next phase. */
        void phase(String name) {
            if (bar != null) {
                bar.phase(name, 0, "");
            }
        }

        /** Clears the line before printing results (the next phase draws it again). */
        void clear() {
            if (bar != null) {
                bar.clearLine();
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

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euromesh.engine.ProgressListener;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final Pattern FRAME = Pattern.compile("\\[[# ]+\\]\\s+\\d+%.*?([\\d,]+) / ([\\d,]+) samples");

    @Test
    void blocksReportedFromManyThreadsGiveFramesThatNeverGoBackward() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long total = 64L * 65_536;
        AtomicLong done = new AtomicLong();
        try (ProgressBar.Progress p = ProgressBar.to(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            ProgressListener l = p.sampling("sampling", total);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                // Like the engine: each worker reports the running total after its block, in any order.
                Thread w = new Thread(() -> {
                    for (int b = 0; b < 16; b++) {
                        l.onProgress(done.addAndGet(65_536), total);
                    }
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        long last = -1;
        int frames = 0;
        for (String frame : out.split("\r")) {
            Matcher m = FRAME.matcher(frame);
            if (m.find()) {
                long d = Long.parseLong(m.group(1).replace(",", ""));
                assertTrue(d >= last, "frame went backward: " + frame);
                assertEquals(total, Long.parseLong(m.group(2).replace(",", "")));
                last = d;
                frames++;
            }
        }
        assertTrue(frames >= 2, "a first frame and the last one: " + out);
        assertEquals(total, last, "the last frame is complete");
        assertTrue(out.endsWith("\r"), "closing clears the line, leaving the cursor at its start");
        assertFalse(out.contains("\n"), "one line, redrawn");
    }

    @Test
    void offDrawsNothingAndHandsTheEngineTheNoOpListener() {
        try (ProgressBar.Progress p = ProgressBar.off()) {
            assertEquals(ProgressListener.NONE, p.sampling("sampling", 10));
            p.phase("writing the report");
            p.clear();
        }
        // Under the test runner stderr is a pipe or a file, never a terminal.
        assertFalse(ProgressTerminal.stderrIsTerminal());
    }
}

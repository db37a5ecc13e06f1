package org.euromesh.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.distributions.Uniform;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.ToyModel;
import org.junit.jupiter.api.Test;

/**
 * What the sensitivity facade tells a progress listener: its stages in order, within each stage
 * counts that (once sorted by arrival, as a display keeps the largest) reach the stage's total
 * and never exceed it; and the result is the same with a listener as without (it observes only).
 */
class AnalysisProgressTest {

    /** Records every stage and every count, from any thread. */
    static final class Recorder implements ProgressListener {
        final Map<String, List<long[]>> counts = new LinkedHashMap<>();
        private String stage = "(before any stage)";

        @Override
        public synchronized void onStage(String s) {
            assertFalse(counts.containsKey(s), "stage '" + s + "' announced twice");
            stage = s;
            counts.put(s, new ArrayList<>());
        }

        @Override
        public synchronized void onProgress(long done, long total) {
            counts.computeIfAbsent(stage, k -> new ArrayList<>()).add(new long[] {done, total});
        }
    }

    @Test
    void stagesInOrderEachEndingAtItsTotalAndTheResultUnchanged() {
        Uniform u = Uniform.of(0, 1);
        ToyModel m = ToyModel.scalar(List.of(u, u, u), x -> x[0] + 2 * x[1] * x[2]);
        SensitivityAnalysis a = SensitivityAnalysis.of(m, new double[] {0.5, 0.5, 0.5}).withSeed(7).withThreads(3)
                .withSobolSamples(2048).withRankSamples(3000).withBootstrap(40);
        Recorder r = new Recorder();
        SensitivityResult with = a.run(r);
        assertEquals(a.run(), with, "a listener cannot change the result");
        assertEquals(List.of("tornado", "rank correlation: paths", "rank correlation: bootstrap",
                "Sobol indices: design", "Sobol indices: bootstrap"), List.copyOf(r.counts.keySet()));
        for (Map.Entry<String, List<long[]>> e : r.counts.entrySet()) {
            List<long[]> c = e.getValue();
            assertFalse(c.isEmpty(), e.getKey() + " reports counts");
            long total = c.get(0)[1];
            long max = 0;
            for (long[] x : c) {
                assertEquals(total, x[1], e.getKey() + ": one total per stage");
                assertTrue(x[0] >= 1 && x[0] <= total, e.getKey() + ": " + x[0] + " of " + total);
                max = Math.max(max, x[0]);
            }
            assertEquals(total, max, e.getKey() + " ends at its total");
        }
        // Per block or replicate, never per sample: 40 replicates, 3 inputs for the tornado.
        assertEquals(40, r.counts.get("Sobol indices: bootstrap").size());
        assertEquals(40, r.counts.get("rank correlation: bootstrap").get(0)[1]);
        assertEquals(3, r.counts.get("tornado").get(0)[1]);
    }
}

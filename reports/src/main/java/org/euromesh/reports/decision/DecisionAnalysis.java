package org.euromesh.reports.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.analysis.PathSample;
import org.euromesh.engine.analysis.Prim;
import org.euromesh.engine.analysis.PrimResult;
import org.euromesh.engine.analysis.ValueOfInformation;
import org.euromesh.engine.analysis.VoiResult;
import org.euromesh.model.EuroMeshDecision;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.Outputs;
import org.euromesh.params.Target;

/**
 * Runs scenario discovery and value of information on one sample of EuroMesh paths: the sample
 * is drawn once (sampler points and input transform, {@link RunSpec#DEFAULT_BLOCK_SIZE} paths a
 * block), then every target where both sides deliver first on at least {@link #MIN_PATHS} paths
 * gets a PRIM box for "the campus wins" and the EVPPI of every group.
 */
public final class DecisionAnalysis {

    /** Both sides must win on at least this many paths for a target to be analysed. */
    public static final int MIN_PATHS = 50;
    public static final int DEFAULT_SAMPLES = 100_000;

    private DecisionAnalysis() {
    }

    /**
     * @param targets   targets to consider (those with too few wins on either side are skipped)
     * @param voi       whether to estimate the value of information too
     * @param progress  told of each stage as it starts ("decision paths", "PRIM: frontier-2028",
     *                  "VOI: frontier-2028") and of the blocks, peels or groups done within it
     */
    public static DecisionFindings run(EuroMeshModel model, List<Target> targets, int samples, long seed, int threads,
                                       int bootstrap, boolean voi, ProgressListener progress) {
        if (samples < 4 * MIN_PATHS) {
            throw new IllegalArgumentException("--samples must be at least " + 4 * MIN_PATHS + ", got " + samples);
        }
        progress.onStage("decision paths");
        PathSample s = PathSample.draw(model, EuroMeshDecision.sampleOutputs(model.parameters()), seed, samples,
                RunSpec.DEFAULT_BLOCK_SIZE, threads, progress);
        Map<String, Long> campusWins = new HashMap<>();
        Map<String, PrimResult> prim = new HashMap<>();
        Map<String, VoiResult> vois = new HashMap<>();
        Map<String, Long> cf = new HashMap<>();
        Map<String, Long> cc = new HashMap<>();
        for (Target t : targets) {
            String n = t.name();
            double[] win = s.outputColumn(Outputs.win(n));
            boolean[] campus = new boolean[win.length];
            long c = 0;
            for (int j = 0; j < win.length; j++) {
                campus[j] = win[j] == 0.0;
                c += campus[j] ? 1 : 0;
            }
            campusWins.put(n, c);
            cf.put(n, s.censored(Outputs.tFed(n)));
            cc.put(n, s.censored(Outputs.tCampus(n)));
            if (c < MIN_PATHS || samples - c < MIN_PATHS) {
                continue;
            }
            progress.onStage("PRIM: " + n);
            prim.put(n, Prim.of(s, campus).run(progress));
            if (voi) {
                progress.onStage("VOI: " + n);
                vois.put(n, ValueOfInformation.of(s, Outputs.tFed(n), Outputs.tCampus(n))
                        .withGroups(EuroMeshDecision.groups(model.inputs())).withSeed(seed).withThreads(threads)
                        .withBootstrap(bootstrap).run(progress));
            }
        }
        return new DecisionFindings(samples, seed, model.horizon(), targets.stream().map(Target::name).toList(),
                campusWins, prim, vois, cf, cc);
    }
}

package org.euromesh.reports;

import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.cli.Version;
import org.euromesh.reports.summary.Summary;

/** Small real runs shared by the report tests (computed once per JVM). */
public final class TestRuns {

    public static final long SEED = 20260601L;
    public static final int N = 20_000;

    private static Summary small;
    private static Summary withDecision;

    private TestRuns() {
    }

    public static RunResult run(int threads) {
        ParameterSet set = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);
        return Sampler.run(EuroMeshModel.of(set, "405B"),
                new RunSpec(SEED, N, SamplingMethod.MC, threads, 1024, "405B.win", Double.NaN));
    }

    public static Summary summary(int threads) {
        return Summary.of(run(threads), ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA), "405B", Version.VERSION);
    }

    /** A 20,000-sample summary at 2 threads, shared. */
    public static synchronized Summary small() {
        if (small == null) {
            small = summary(2);
        }
        return small;
    }

    /**
     * {@link #small()} with decision data from a small decision sample (4,000 paths, 20 bootstrap
     * replicates: a second or so): frontier-2028 is analysed (a PRIM box, value of information),
     * the others are not. Shared.
     */
    public static synchronized Summary withDecision() {
        if (withDecision == null) {
            ParameterSet set = ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA);
            EuroMeshModel model = EuroMeshModel.of(set, "405B");
            var f = org.euromesh.reports.decision.DecisionAnalysis.run(model, set.targets(), 4000, SEED, 2, 20, true,
                    org.euromesh.engine.ProgressListener.NONE);
            withDecision = small().withDecision(f.data(org.euromesh.reports.decision.DecisionText.of(
                    org.euromesh.model.EuroMeshDecision.units(set), model.inputs())));
        }
        return withDecision;
    }
}

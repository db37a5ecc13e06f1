package org.euromesh.reports.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.euromesh.engine.ProgressListener;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.RunSpec;
import org.euromesh.engine.Sampler;
import org.euromesh.engine.analysis.PathSample;
import org.euromesh.engine.sampling.SamplingMethod;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.model.Outputs;
import org.euromesh.params.ParameterLoader;
import org.junit.jupiter.api.Test;

/**
 * P(delivered by the end of a year) from the run's histograms against a direct count over the
 * same paths: a PathSample of the same seed and block size is the sampler's own paths, so the
 * two counts must agree exactly (an independent route to the same number).
 */
class DeliveryByYearTest {

    @Test
    void histogramCountMatchesADirectCountOverTheSamePaths() {
        EuroMeshModel model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA), "frontier-2028");
        int n = 20_000;
        long seed = 11;
        RunResult r = Sampler.run(model, new RunSpec(seed, n, SamplingMethod.MC, 2, RunSpec.DEFAULT_BLOCK_SIZE, null,
                Double.NaN), ProgressListener.NONE);
        List<String> outs = List.of(Outputs.tFed("frontier-2028"), Outputs.tCampus("frontier-2028"));
        PathSample s = PathSample.draw(model, outs, seed, n, RunSpec.DEFAULT_BLOCK_SIZE, 2, ProgressListener.NONE);
        for (String o : outs) {
            double[] t = s.outputColumn(o);
            for (int year = 2027; year <= 2049; year++) {
                long direct = 0;
                for (double v : t) {
                    // Censored paths are clipped to the horizon (end of 2049) but were not delivered.
                    direct += v <= year + 1 - 2026 && v < model.horizon() ? 1 : 0;
                }
                assertEquals(direct, DeliveryByYear.byEndOf(r, o, year).successes(), o + " by " + year);
            }
        }
    }

    @Test
    void yearsOutsideTheHorizonAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DeliveryByYear.check(2050, 24));
        assertThrows(IllegalArgumentException.class, () -> DeliveryByYear.check(2025, 24));
        DeliveryByYear.check(2049, 24);
    }
}

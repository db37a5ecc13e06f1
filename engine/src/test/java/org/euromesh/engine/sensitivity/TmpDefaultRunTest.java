package org.euromesh.engine.sensitivity;

import org.euromesh.engine.euromesh.EuroMeshModel;
import org.euromesh.params.ParameterLoader;
import org.junit.jupiter.api.Test;

class TmpDefaultRunTest {
    @Test
    void run() {
        for (String sc : new String[] {"baseline", "medium-sites-only"}) {
            var set = ParameterLoader.loadBuiltIn();
            if (!sc.equals("baseline")) set = ParameterLoader.scenario(set, sc);
            EuroMeshModel model = EuroMeshModel.of(set, "405B");
            long t0 = System.nanoTime();
            SensitivityResult r = SensitivityAnalysis.euroMesh(model).withSeed(1).run();
            System.out.printf("[default %s] %.1f s, sobol evals %d%n", sc, (System.nanoTime() - t0) / 1e9, r.sobol().evaluations());
            EuroMeshSensitivityTest.print(r);
        }
    }
}

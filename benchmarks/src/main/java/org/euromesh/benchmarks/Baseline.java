package org.euromesh.benchmarks;

import org.euromesh.engine.euromesh.EuroMeshModel;
import org.euromesh.params.ParameterLoader;

/** The shipped baseline parameter set as a model, built once per JVM (its quantile tables too). */
final class Baseline {

    private static EuroMeshModel model;

    private Baseline() {
    }

    static synchronized EuroMeshModel model() {
        if (model == null) {
            model = EuroMeshModel.of(ParameterLoader.loadBuiltIn());
        }
        return model;
    }
}

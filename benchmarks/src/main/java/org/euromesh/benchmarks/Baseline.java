package org.euromesh.benchmarks;

import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterLoader;

/** The shipped baseline parameter set as a model, built once per JVM (its quantile tables too). */
final class Baseline {

    private static EuroMeshModel model;

    private Baseline() {
    }

    static synchronized EuroMeshModel model() {
        if (model == null) {
            model = EuroMeshModel.of(ParameterLoader.loadBuiltIn(org.euromesh.model.EuroMeshInputs.SCHEMA));
        }
        return model;
    }
}

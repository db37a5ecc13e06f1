package org.euromesh.reports.cli;

import java.nio.file.Path;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;
import picocli.CommandLine.Option;

/** {@code --params DIR} and {@code --scenario NAME}, shared by every command that reads parameters. */
public final class ParameterOptions {

    @Option(names = "--params", paramLabel = "DIR",
            description = "Folder with your own copy of the parameter files (default: the shipped baseline; "
                    + "'euromesh params --export DIR' writes a copy to start from).")
    Path paramsDir;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "baseline",
            description = "baseline, optimistic, pessimistic, medium-sites-only, institutional, mixture, or an overlay in DIR/scenarios/ "
                    + "(default: ${DEFAULT-VALUE}).")
    String scenario;

    /** The parameter set with the scenario applied; bad files throw ParameterException (exit 2). */
    public ParameterSet load() {
        return load(scenario);
    }

    public ParameterSet load(String scenarioName) {
        ParameterSet base = paramsDir == null ? ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA)
                : ParameterLoader.load(paramsDir, EuroMeshInputs.SCHEMA);
        return ParameterLoader.scenario(base, scenarioName);
    }
}

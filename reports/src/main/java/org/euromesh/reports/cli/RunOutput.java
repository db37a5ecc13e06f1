package org.euromesh.reports.cli;

import java.nio.file.Path;
import org.euromesh.engine.RunResult;
import org.euromesh.params.ParameterSet;

/** Writes a run's machine-readable summary and report folder. */
final class RunOutput {

    private RunOutput() {
    }

    static void write(RunResult result, ParameterSet set, String headline, Path out) {
        // Filled in by the report writer (summary.json, report.md/html, tables, charts).
    }
}

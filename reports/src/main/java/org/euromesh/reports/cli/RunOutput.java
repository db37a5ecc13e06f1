package org.euromesh.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.euromesh.engine.RunResult;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.report.ReportWriter;
import org.euromesh.reports.summary.Summary;

/** Writes a run's machine-readable summary and its report folder (all or nothing). */
final class RunOutput {

    private RunOutput() {
    }

    static void write(RunResult result, ParameterSet set, String headline, Path out, List<ReportSection> sections) {
        ReportWriter.write(Summary.of(result, set, headline, Version.VERSION), out, sections);
    }
}

package org.euromesh.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.euromesh.reports.io.OutputFolder;
import org.euromesh.reports.report.ReportWriter;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code euromesh report RESULT.json --out DIR}: regenerates the report from a summary, without rerunning. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Regenerate report.md, report.html, the CSV tables and the charts from a summary.json.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "A summary.json written by 'euromesh run'.")
    Path result;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "euromesh-report",
            description = "Folder for the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        Summary s;
        try {
            OutputFolder.check("--out", out, null);
            s = SummaryJson.read(result);
            ReportWriter.write(s, out);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("euromesh report: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return EuroMeshCli.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (report.md, report.html, summary.json, tables, charts).");
        spec.commandLine().getOut().flush();
        return 0;
    }
}

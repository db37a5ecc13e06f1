package org.euromesh.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.euromesh.reports.io.OutputFolder;
import org.euromesh.reports.sections.ReportSections;
import org.euromesh.reports.summary.Summary;
import org.euromesh.reports.summary.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "euromesh-out",
            description = "Folder for the report (default: ${DEFAULT-VALUE}, the folder every command writes to).")
    Path out;

    @Mixin
    QuietOption quiet;

    @Mixin
    FormatOptions formats;

    @Override
    public Integer call() {
        Summary s;
        try (ProgressBar.Progress progress = quiet.progress()) {
            OutputFolder.check("--out", out, null);
            s = SummaryJson.read(result);
            ReportSections.write(s, out, formats.formats(), progress.stages("writing the report"));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("euromesh report: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return EuroMeshCli.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (report.html, " + (formats.formats().pdf() ? "report.pdf, " : "")
                + "report.md, summary.json, tables, charts).");
        spec.commandLine().getOut().flush();
        return 0;
    }
}

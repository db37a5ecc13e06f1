package org.euromesh.reports.cli;

import java.io.PrintWriter;
import org.euromesh.reports.summary.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.engine.RunResult;
import org.euromesh.engine.Sampler;
import org.euromesh.model.EuroMeshModel;
import org.euromesh.params.ParameterSet;
import org.euromesh.reports.io.OutputFolder;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.run.PartialFile;
import org.euromesh.reports.run.PartialSet;
import org.euromesh.reports.run.RunConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code euromesh merge FILE... --out DIR}: the report of a run whose blocks were run as a job
 * array ({@code euromesh run --blocks FROM:TO --partial FILE}), identical to the report of the
 * same {@code euromesh run} on one machine. Everything is checked before anything is written.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Merge the partials of a job array (written by 'euromesh run --blocks FROM:TO --partial FILE') "
                + "into the report a single 'euromesh run' with the same options writes.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The partial files, in any order.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "euromesh-out",
            description = "Folder for summary.json and the report (default: ${DEFAULT-VALUE}); a new folder, an empty one, "
                    + "or one euromesh wrote before (it holds .euromesh-output); never a parameter folder.")
    Path out;

    @Mixin
    QuietOption quiet;

    @Mixin
    FormatOptions formats;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the report's sensitivity and decision sections (default: all cores). "
                    + "Results do not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<PartialFile> read = new ArrayList<>();
        for (Path f : files) {
            read.add(PartialFile.read(f));
        }
        PartialSet set = PartialSet.of(read);
        RunConfiguration config = rereadConfiguration(set);
        OutputFolder.check("--out", out, config.params().isShipped() ? null : Path.of(config.params().folder()));
        ParameterSet params = config.loadParameters();
        EuroMeshModel model = EuroMeshModel.of(params, config.target());
        RunResult result;
        try {
            result = Sampler.finish(model, set.merged());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the partials do not fit the model built from "
                    + (config.params().isShipped() ? "the shipped parameters" : config.params().folder()) + ": "
                    + e.getMessage(), e);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + t);
        }
        PrintWriter w = spec.commandLine().getOut();
        Summary summary = Summary.of(result, params, model.headline(), Version.VERSION);
        RunCommand.printSummary(w, summary, String.format(Locale.ROOT, "merged from %d partials, %.1f s",
                read.size(), (System.nanoTime() - t0) / 1e9));
        w.flush();
        try (ProgressBar.Progress progress = quiet.progress()) {
            RunCommand.finish(w, summary, model, config.spec(t), config.sensitivity(), config.decision(), progress, out,
                    formats.formats(), t0, 0.0);
        }
        return 0;
    }

    /**
     * The run's configuration with its parameter files read again here: a file that changed since
     * the tasks ran (or a different euromesh version) would give another report, so it is an error.
     */
    private static RunConfiguration rereadConfiguration(PartialSet set) {
        RunConfiguration now = RunConfiguration.reread(set.configuration());
        if (!now.canonical().equals(set.configuration())) {
            var recorded = RunConfiguration.parseFields(set.configuration());
            var here = now.fields();
            for (var e : recorded.entrySet()) {
                if (!e.getValue().equals(here.get(e.getKey()))) {
                    throw new IllegalArgumentException(describeChange(e.getKey(), e.getValue(), here.get(e.getKey()),
                            now));
                }
            }
            for (var k : here.keySet()) {
                if (!recorded.containsKey(k)) {
                    throw new IllegalArgumentException("parameter file " + k.substring("params.sha256.".length())
                            + " in " + now.params().folder() + " was added after the partials were written");
                }
            }
        }
        return now;
    }

    private static String describeChange(String key, String recorded, String here, RunConfiguration now) {
        if (key.startsWith("params.sha256.")) {
            String file = key.substring("params.sha256.".length());
            return "parameter file " + Path.of(now.params().folder()).resolve(file) + (here == null
                    ? " is missing" : " changed") + " since the partials were written (SHA-256 " + recorded + ")";
        }
        if (key.equals("euromesh")) {
            return "the partials were written by euromesh " + recorded + "; this is euromesh " + here
                    + ": merge with the version that ran them";
        }
        return "run configuration '" + key + "' is " + recorded + " in the partials but " + here + " here";
    }
}

package org.euromesh.reports.cli;

import org.euromesh.reports.format.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.euromesh.params.ParameterFiles;
import org.euromesh.params.ParameterRow;
import org.euromesh.params.ParameterSet;
import org.euromesh.params.ParameterTable;
import org.euromesh.params.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code euromesh params}: every input with its distribution, what it implies, and where it comes from. */
@Command(name = "params", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print every parameter: central, distribution, implied P5/P50/P95, unit, "
        + "source, confidence; estimate-grade inputs are flagged with '!'.")
final class ParamsCommand implements Callable<Integer> {

    @Mixin
    QuietOption quiet;


    @Spec
    CommandSpec spec;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Write a copy of the shipped parameter files to DIR (must not exist or be empty), to edit and pass with --params.")
    Path export;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (export != null) {
            exportTo(export);
            w.printf(Locale.ROOT, "wrote the shipped parameter files to %s; run with --params %s%n", export, export);
            return 0;
        }
        ParameterSet set = parameters.load();
        List<ParameterRow> rows = ParameterTable.rows(set);
        w.printf(Locale.ROOT, "Parameters (%s, scenario %s). '!' = estimate-grade input.%n%n",
                set.folder() == null ? "shipped baseline" : set.folder().toString(), set.scenario());
        w.printf(Locale.ROOT, "  %-34s %11s  %-34s %11s %11s %11s  %-10s %-8s %s%n",
                "parameter", "central", "distribution", "P5", "P50", "P95", "unit", "conf", "source");
        for (ParameterRow r : rows) {
            w.printf(Locale.ROOT, "%s %-34s %11s  %-34s %11s %11s %11s  %-10s %-8s %s%n", r.isEstimate() ? "!" : " ",
                    r.name(), Numbers.format(r.central()), clip(r.fitted(), 34), Numbers.format(r.p5()),
                    Numbers.format(r.p50()), Numbers.format(r.p95()), r.unit(), r.confidence(), r.source());
        }
        w.printf(Locale.ROOT, "%nTargets (C = 6 N D):%n");
        for (Target t : set.targets()) {
            w.printf(Locale.ROOT, "  %-14s N %-10s D %-10s C %s FLOP%n", t.name(), Numbers.format(t.nParams()),
                    Numbers.format(t.dTokens()), Numbers.format(t.computeFlop()));
        }
        w.printf(Locale.ROOT, "%nMesh budget: %s MW; public substrate: %s, allocation %s; correlated inputs: %d (%s)%n",
                Double.isInfinite(set.meshBudgetMw()) ? "unbounded" : Numbers.format(set.meshBudgetMw()),
                set.publicSubstrate() ? "on" : "off", set.allocation().word(), set.correlation().names().size(),
                set.correlation().source());
        long estimates = rows.stream().filter(ParameterRow::isEstimate).count();
        w.printf(Locale.ROOT, "%d of %d inputs are analyst estimates.%n", estimates, rows.size());
        return 0;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void exportTo(Path dir) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                throw new IllegalArgumentException("--export " + dir + ": must be a new or empty folder");
            }
            ParameterFiles.copyBuiltInTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + dir + ": " + e.getMessage(), e);
        }
    }
}

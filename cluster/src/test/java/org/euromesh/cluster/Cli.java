package org.euromesh.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.reports.cli.EuroMeshCli;
import org.euromesh.reports.run.RunExecutor;

/** Runs {@code euromesh} command lines in-process for the tests, with a chosen executor. */
final class Cli {

    private Cli() {
    }

    /** Runs {@code args} + {@code extra}; fails the test unless it exits 0. Returns the standard output. */
    static String ok(RunExecutor executor, String[] args, String... extra) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EuroMeshCli.execute(all.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true),
                executor);
        assertEquals(0, code, all + "\n" + out + err);
        return out.toString();
    }

    static byte[] summary(Path out) throws IOException {
        return Files.readAllBytes(out.resolve("summary.json"));
    }
}

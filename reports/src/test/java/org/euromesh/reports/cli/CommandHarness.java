package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one command object in-process (before it is registered in EuroMeshCli) with its streams. */
record CommandHarness(int exitCode, String out, String err) {

    static CommandHarness run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CommandHarness(code, out.toString(), err.toString());
    }

    static CommandHarness check(String... args) {
        return run(new CheckCommand(), args);
    }
}

package org.euromesh.reports.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code euromesh} command line. Exit codes: 0 success, 1 a {@code check} found a
 * difference, 2 bad input (unknown option, malformed parameter file, bad spec ...): the message
 * names file, line and parameter, and nothing is written.
 */
@Command(name = "euromesh", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monte Carlo: does a federated European AI training run ship before a new 1 GW campus?",
        subcommands = {RunCommand.class, DeterministicCommand.class, SensitivityCommand.class, ReportCommand.class,
            CheckCommand.class, ParamsCommand.class, DistributionCommand.class, CompareCommand.class,
            CommandLine.HelpCommand.class})
public final class EuroMeshCli {

    /** Exit code for bad input of any kind. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; used by tests so that they see exit codes and output without exiting. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new EuroMeshCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
                    || ex instanceof java.nio.file.NoSuchFileException) {
                commandLine.getErr().println("euromesh: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}

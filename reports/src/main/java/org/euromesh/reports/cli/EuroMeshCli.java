package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.euromesh.reports.run.RunExecutor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code euromesh} command line. Exit codes ({@link ExitCodes}): 0 success, 1 a {@code check}
 * found a difference, 2 bad input (unknown option, malformed parameter file, bad spec ...: the
 * message names file, line and parameter, and nothing is written), 3 the run failed for another
 * reason (out of memory, I/O), 130/143 interrupted. Errors are one line; {@code --debug} adds the
 * stack trace.
 */
@Command(name = "euromesh", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monte Carlo: does a federated European AI training run ship before a new 1 GW campus?",
        subcommands = {RunCommand.class, MergeCommand.class, DeterministicCommand.class, SensitivityCommand.class, DiscoverCommand.class,
            VoiCommand.class, ReportCommand.class,
            CheckCommand.class, ParamsCommand.class, DistributionCommand.class, CompareCommand.class,
            CommandLine.HelpCommand.class})
public final class EuroMeshCli {

    /** Exit code for bad input of any kind. */
    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (or set EUROMESH_DEBUG=1).")
    boolean debug;

    public static void main(String[] args) {
        // SIGINT/SIGTERM: the JVM exits 130/143 after running the shutdown hooks; the report
        // staging registers its own clean-up hook, this one only says why the command stopped.
        // A thread that dies outside a command's own error handling prints one line, not a trace.
        boolean debug = Failures.debug(args);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Failures.report(e,
                new PrintWriter(System.err, true), debug));
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                System.err.println(System.lineSeparator() + "euromesh: interrupted; nothing new was written "
                        + "(an earlier report, if any, is as it was)");
                System.err.flush();
            }
        }, "euromesh-interrupted"));
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        finished.set(true);
        System.exit(code);
    }

    /** Runs one command line; used by tests so that they see exit codes and output without exiting. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, RunExecutor.LOCAL);
    }

    /**
     * Runs one command line with {@code euromesh run}'s blocks computed by {@code executor} (the
     * cluster module's Spark launcher passes its own); every other command is unchanged.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, RunExecutor executor) {
        return execute(args, out, err, executor, ProgressTerminal.stderr());
    }

    /**
     * Runs one command line with progress drawn on {@code terminal} (when it is one and the
     * command is not --quiet): tests stand in a fake terminal to see the frames.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, RunExecutor executor,
                              ProgressTerminal terminal) {
        java.util.Objects.requireNonNull(executor, "executor");
        java.util.Objects.requireNonNull(terminal, "terminal");
        boolean debug = Failures.debug(args);
        try {
            CommandLine.IFactory defaults = CommandLine.defaultFactory();
            CommandLine.IFactory factory = new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> cls) throws Exception {
                    if (cls == QuietOption.class) {
                        return cls.cast(new QuietOption(terminal));
                    }
                    return cls == RunCommand.class ? cls.cast(new RunCommand(executor)) : defaults.create(cls);
                }
            };
            CommandLine cl = new CommandLine(new EuroMeshCli(), factory);
            cl.setOut(out);
            cl.setErr(err);
            documentExitCodes(cl);
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                    Failures.report(ex, commandLine.getErr(), debug));
            // A bad option: one line saying what is wrong, and where the options are listed.
            cl.setParameterExceptionHandler((ex, arguments) -> {
                CommandLine where = ex.getCommandLine();
                PrintWriter w = where.getErr();
                w.println("euromesh: " + ex.getMessage());
                w.println("Try 'euromesh " + (where.getParent() == null ? "" : where.getCommandName() + " ") + "--help'.");
                w.flush();
                return ExitCodes.BAD_INPUT;
            });
            return cl.execute(args);
        } catch (Throwable t) {
            // Errors (out of memory, stack overflow) pass through picocli's handler untouched.
            return Failures.report(t, err, debug);
        }
    }

    /** Every command's --help lists the exit codes. */
    private static void documentExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        cl.getSubcommands().values().forEach(EuroMeshCli::documentExitCodes);
    }
}

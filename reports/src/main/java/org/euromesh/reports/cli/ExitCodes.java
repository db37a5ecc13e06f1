package org.euromesh.reports.cli;

/**
 * The exit codes of every {@code euromesh} command, as README.md and {@code --help} document them.
 * CI tells "check found a regression" (1) from "the input is wrong" (2) from "the machine failed"
 * (3), so each must mean one thing only.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** {@code check}: a number differs from the baseline beyond what is allowed. */
    public static final int DIFFERENCE = 1;
    /** Bad input of any kind (option, parameter file, spec, summary); nothing was written. */
    public static final int BAD_INPUT = 2;
    /** The run failed for another reason: out of memory, an I/O error, an internal error. */
    public static final int FAILED = 3;
    /** Interrupted by SIGINT (Ctrl-C): 128 + 2, as shells report it. */
    public static final int INTERRUPTED = 130;
    /** Terminated by SIGTERM: 128 + 15. */
    public static final int TERMINATED = 143;

    /** What {@code --help} prints under "Exit codes:", in order. */
    static java.util.Map<String, String> help() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("0", "success");
        m.put("1", "check found a difference from the baseline");
        m.put("2", "bad input (option, parameter file, spec, summary); nothing was written");
        m.put("3", "the run failed for another reason (out of memory, I/O error); --debug prints the trace");
        m.put("130/143", "interrupted (Ctrl-C / SIGTERM); the previous output, or nothing, is left");
        return m;
    }

    private ExitCodes() {
    }
}

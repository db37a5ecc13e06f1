package org.euromesh.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Turns whatever a command throws into one line on standard error and an exit code
 * ({@link ExitCodes}). A user never sees a Java stack trace unless they ask for it with
 * {@code --debug} or {@code EUROMESH_DEBUG=1}: a trace tells a user nothing they can act on, and
 * a CI log that reads "Exception" for a bad option looks like a crash.
 */
final class Failures {

    /** Environment variable that, when set to anything but "" or "0", prints traces. */
    static final String DEBUG_ENV = "EUROMESH_DEBUG";

    private Failures() {
    }

    /** True when {@code --debug} is among the arguments or {@link #DEBUG_ENV} is set. */
    static boolean debug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        String env = System.getenv(DEBUG_ENV);
        return env != null && !env.isEmpty() && !env.equals("0");
    }

    /** Prints {@code t} as one line (and its trace if {@code debug}); returns the exit code. */
    static int report(Throwable t, PrintWriter err, boolean debug) {
        int code = exitCode(t);
        err.println("euromesh: " + message(t));
        if (debug) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else if (code == ExitCodes.FAILED) {
            err.println("euromesh: rerun with --debug (or " + DEBUG_ENV + "=1) for the Java stack trace");
        }
        err.flush();
        return code;
    }

    static int exitCode(Throwable t) {
        if (find(t, OutOfMemoryError.class) != null) {
            return ExitCodes.FAILED;
        }
        if (t instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILED;
    }

    /** One line: what failed and, where it helps, what to do. */
    static String message(Throwable t) {
        OutOfMemoryError oom = find(t, OutOfMemoryError.class);
        if (oom != null) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return String.format(Locale.ROOT, "out of memory (Java heap limit %,d MB): use fewer --threads or fewer "
                    + "--samples, or give Java more memory, e.g. EUROMESH_JAVA_OPTS=-Xmx4g; nothing was written", mb);
        }
        if (t instanceof IllegalArgumentException) {
            return firstLine(t.getMessage());
        }
        FileSystemException fs = find(t, FileSystemException.class);
        if (fs != null) {
            String what = fs instanceof NoSuchFileException ? "no such file or folder"
                    : fs instanceof AccessDeniedException ? "permission denied" : firstLine(fs.getReason());
            String head = t instanceof UncheckedIOException && t.getMessage() != null ? firstLine(t.getMessage()) + " ("
                    : "I/O error: ";
            String body = fs.getFile() + ": " + (what == null ? "I/O error" : what);
            return t instanceof UncheckedIOException && t.getMessage() != null ? head + body + ")" : head + body;
        }
        if (t instanceof UncheckedIOException || find(t, java.io.IOException.class) != null) {
            return "I/O error: " + firstLine(t.getMessage());
        }
        return "internal error (" + t.getClass().getSimpleName() + "): " + firstLine(t.getMessage());
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}

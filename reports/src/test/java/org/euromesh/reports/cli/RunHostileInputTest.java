package org.euromesh.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code euromesh run} (and {@code compare}, which takes run's options) under hostile options: every case is refused before any sampling, with
 * exit 2, one line naming the option and its bounds, and nothing written (workspace hashed
 * before and after). Each case costs milliseconds: none of them samples.
 */
class RunHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
    }

    static Stream<Hostile.Case> cases() {
        String out = "{NEW}";
        return Stream.of(
                Hostile.of("samples 0", 2, "--samples must be between 1 and", "run", "--samples", "0", "--out", out),
                Hostile.of("samples negative", 2, "--samples must be between 1 and", "run", "--samples", "-5", "--out", out),
                Hostile.of("samples Long.MAX (was: 0 samples, a NaN report, exit 0)", 2, "10^10", "run", "--samples",
                        "9223372036854775807", "--out", out),
                Hostile.of("samples above 10^10", 2, "10^10", "run", "--samples", "10000000001", "--out", out),
                Hostile.of("samples beyond a long", 2, "--samples", "run", "--samples", "99999999999999999999", "--out", out),
                Hostile.of("samples not an integer", 2, "--samples", "run", "--samples", "2.5", "--out", out),
                Hostile.of("precision NaN (was: ran the whole 10^8 cap)", 2, "--precision must be", "run", "--precision",
                        "NaN", "--out", out),
                Hostile.of("precision 0", 2, "--precision must be", "run", "--precision", "0", "--out", out),
                Hostile.of("precision negative", 2, "--precision must be", "run", "--precision", "-0.01", "--out", out),
                Hostile.of("precision too fine for 10^10 samples", 2, "--precision must be", "run", "--precision", "1e-9",
                        "--out", out),
                Hostile.of("precision 0.5", 2, "--precision must be", "run", "--precision", "0.5", "--out", out),
                Hostile.of("precision Infinity", 2, "--precision must be", "run", "--precision", "Infinity", "--out", out),
                Hostile.of("max-samples 0", 2, "--max-samples must be between", "run", "--precision", "0.01",
                        "--max-samples", "0", "--out", out),
                Hostile.of("max-samples above 10^10", 2, "--max-samples must be between", "run", "--precision", "0.01",
                        "--max-samples", "100000000000", "--out", out),
                Hostile.of("samples and precision together", 2, "mutually exclusive", "run", "--samples", "10",
                        "--precision", "0.01", "--out", out),
                Hostile.of("threads 0", 2, "--threads must be between 1 and", "run", "--threads", "0", "--out", out),
                Hostile.of("threads negative", 2, "--threads must be between 1 and", "run", "--threads", "-1", "--out", out),
                Hostile.of("threads 1000 (was: heap exhausted with LHS)", 2, "--threads must be between 1 and", "run",
                        "--threads", "1000", "--method", "lhs", "--out", out),
                Hostile.of("unknown method", 2, "--method must be mc, lhs or sobol", "run", "--method", "quasi", "--out", out),
                Hostile.of("seed not a number", 2, "--seed", "run", "--seed", "abc", "--out", out),
                Hostile.of("unknown option", 2, "no-such-option", "run", "--no-such-option"),
                Hostile.of("out empty (was: wrote into the current folder)", 2, "--out is empty", "run", "--samples", "10",
                        "--out", ""),
                Hostile.of("out is the current folder", 2, "is the current folder", "run", "--samples", "10", "--out", "."),
                Hostile.of("out holds the current folder", 2, "is the current folder or holds it", "run", "--samples", "10",
                        "--out", ".."),
                Hostile.of("out is the --params folder (was: regions.csv replaced, exit 0)", 2,
                        "is the parameter folder given to --params", "run", "--params", "{P}", "--samples", "10",
                        "--out", "{P}"),
                Hostile.of("out holds the --params folder", 2, "holds the parameter folder given to --params", "run",
                        "--params", "{P}", "--samples", "10", "--out", "{W}"),
                Hostile.of("out is a parameter folder", 2, "is a parameter folder", "run", "--samples", "10", "--out", "{P}"),
                Hostile.of("out is a user's folder", 2, "was not written by euromesh", "run", "--samples", "10", "--out",
                        "{USER}"),
                Hostile.of("out is a file", 2, "is not a folder", "run", "--samples", "10", "--out", "{FILE}"),
                Hostile.of("out inside a file", 2, "is a file, not a folder", "run", "--samples", "10", "--out",
                        "{FILE}/sub/out"),
                Hostile.of("unknown scenario", 2, "unknown scenario", "run", "--scenario", "no-such", "--out", out),
                Hostile.of("scenario with a path", 2, "names may use letters", "run", "--scenario", "../x", "--out", out),
                Hostile.of("unknown target", 2, "no-such-target", "run", "--target", "no-such-target", "--samples", "10",
                        "--out", out),
                Hostile.of("params missing", 2, "does not exist", "run", "--params", "{NEW}", "--out", "{W}/out"),
                Hostile.of("params is a file", 2, "not a folder", "run", "--params", "{FILE}", "--out", out),
                Hostile.of("params is a user's folder", 2, "missing file", "run", "--params", "{USER}", "--out", out),
                Hostile.of("compare: samples Long.MAX", 2, "10^10", "compare", "--scenario", "baseline", "--scenario",
                        "optimistic", "--samples", "9223372036854775807"),
                Hostile.of("compare: threads 1000", 2, "--threads must be between 1 and", "compare", "--scenario",
                        "baseline", "--scenario", "optimistic", "--threads", "1000"),
                Hostile.of("compare: one scenario", 2, "--scenario must be given exactly twice", "compare",
                        "--scenario", "baseline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnyWork(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

package org.euromesh.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code euromesh sensitivity} under hostile options: exit 2, one line, nothing written, before any analysis. */
class SensitivityHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
    }

    static Stream<Hostile.Case> cases() {
        return Stream.of(
                Hostile.of("samples 858993460 (was: 5·N overflowed to 4, rho -1.000 printed as solid)", 2,
                        "--samples must be between 16 and 1,000,000", "sensitivity", "--samples", "858993460", "--out",
                        "{NEW}"),
                Hostile.of("samples 15", 2, "--samples must be between 16", "sensitivity", "--samples", "15", "--out",
                        "{NEW}"),
                Hostile.of("samples beyond an int", 2, "--samples", "sensitivity", "--samples", "2147483648", "--out",
                        "{NEW}"),
                Hostile.of("threads 0", 2, "--threads must be between 1", "sensitivity", "--threads", "0", "--out", "{NEW}"),
                Hostile.of("threads 100000", 2, "--threads must be between 1", "sensitivity", "--threads", "100000",
                        "--out", "{NEW}"),
                Hostile.of("unknown method", 2, "--method must be tornado, rank, sobol, shapley or all", "sensitivity", "--method",
                        "morris", "--out", "{NEW}"),
                Hostile.of("out is a parameter folder", 2, "is a parameter folder", "sensitivity", "--out", "{P}"),
                Hostile.of("out is the --params folder", 2, "is the parameter folder given to --params", "sensitivity",
                        "--params", "{P}", "--out", "{P}"),
                Hostile.of("out is a user's folder", 2, "was not written by euromesh", "sensitivity", "--out", "{USER}"),
                Hostile.of("out is a file", 2, "is not a folder", "sensitivity", "--out", "{FILE}"),
                Hostile.of("out empty", 2, "--out is empty", "sensitivity", "--out", ""),
                Hostile.of("unknown target", 2, "no-such-target", "sensitivity", "--target", "no-such-target", "--samples",
                        "16", "--out", "{NEW}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnyWork(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

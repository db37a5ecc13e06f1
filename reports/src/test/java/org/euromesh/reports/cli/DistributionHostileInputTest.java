package org.euromesh.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code euromesh distribution} under hostile specs and options: exit 2, one line, no file touched. */
class DistributionHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
    }

    static Stream<Hostile.Case> cases() {
        return Stream.of(
                Hostile.of("gamma(1e20, 1) (was: 15 s spin, then a trace)", 2, "gamma shape must be at most 10000",
                        "distribution", "gamma(1e20, 1)"),
                Hostile.of("beta(1e300, 1e300) (was: Hipparchus trace)", 2, "beta alpha must be at most 10000",
                        "distribution", "beta(1e300, 1e300)"),
                Hostile.of("beta(0.01, 1e4): inside the bounds, not computable", 2, "cannot be computed", "distribution",
                        "beta(0.01, 1e4)"),
                Hostile.of("lognormal(0, 50): infinite mean", 2, "cannot be computed", "distribution", "lognormal(0, 50)"),
                Hostile.of("normal(0, 1e300): infinite variance", 2, "cannot be computed", "distribution",
                        "normal(0, 1e300)"),
                Hostile.of("pert min > max", 2, "min <= mode <= max", "distribution", "pert(10, 2, 1)"),
                Hostile.of("empty spec", 2, "expected a number or a distribution", "distribution", ""),
                Hostile.of("unknown family", 2, "unknown distribution", "distribution", "weibull(1, 2)"),
                Hostile.of("draws 0", 2, "--samples must be between 1 and", "distribution", "pert(2, 5, 10)", "--samples",
                        "0", "--out", "{NEW}.csv"),
                Hostile.of("draws 10^9", 2, "--samples must be between 1 and 100,000,000", "distribution",
                        "pert(2, 5, 10)", "--samples", "1000000000", "--out", "{NEW}.csv"),
                Hostile.of("draws without --out", 2, "--samples needs --out", "distribution", "pert(2, 5, 10)",
                        "--samples", "10"),
                Hostile.of("--out without draws", 2, "--out needs --samples", "distribution", "pert(2, 5, 10)", "--out",
                        "{NEW}.csv"),
                Hostile.of("draws over a parameter file", 2, "lies in a parameter folder", "distribution",
                        "pert(2, 5, 10)", "--samples", "10", "--out", "{P}/regions.csv"),
                Hostile.of("draws over a user's file", 2, "does not hold draws", "distribution", "pert(2, 5, 10)",
                        "--samples", "10", "--out", "{FILE}"),
                Hostile.of("draws onto a folder", 2, "is a folder", "distribution", "pert(2, 5, 10)", "--samples", "10",
                        "--out", "{USER}"),
                Hostile.of("draws to an empty name", 2, "--out is empty", "distribution", "pert(2, 5, 10)", "--samples",
                        "10", "--out", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAndNothingWritten(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

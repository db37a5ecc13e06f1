package org.euromesh.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code discover}, {@code voi} and {@code run --by} under hostile options: exit 2, one line, nothing written. */
class DecisionHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
    }

    static Stream<Hostile.Case> cases() {
        return Stream.of(
                Hostile.of("discover samples 10", 2, "--samples must be between 200 and 1,000,000", "discover",
                        "--samples", "10"),
                Hostile.of("voi samples 2000001 (kept in memory)", 2, "--samples must be between 200 and 1,000,000",
                        "voi", "--samples", "2000001"),
                Hostile.of("discover samples beyond an int", 2, "--samples", "discover", "--samples", "2147483648"),
                Hostile.of("discover threads 0", 2, "--threads must be between 1", "discover", "--threads", "0"),
                Hostile.of("voi threads 100000", 2, "--threads must be between 1", "voi", "--threads", "100000"),
                Hostile.of("voi bootstrap -1", 2, "--bootstrap must be between 0 and 10,000", "voi", "--bootstrap", "-1"),
                Hostile.of("voi unknown target", 2, "no-such-target", "voi", "--target", "no-such-target"),
                Hostile.of("run --by after the horizon", 2, "--by must be a year from 2026 to 2049", "run", "--by", "2060",
                        "--samples", "1000", "--out", "{NEW}"),
                Hostile.of("run --by before the start", 2, "--by must be a year from 2026 to 2049", "run", "--by", "2020",
                        "--samples", "1000", "--out", "{NEW}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnyWork(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.summary.SummaryJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code euromesh check} under hostile baselines and options: every case is exit 2 (never 1,
 * which CI reads as a regression), one line, no rerun started, and no baseline rewritten. A
 * baseline's metadata is held to the same bounds as the command line.
 */
class CheckHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
        String json = SummaryJson.write(TestRuns.small());
        Files.writeString(w.resolve("base.json"), json);
        edited(json, "\"maxSamples\" : 20000", "\"maxSamples\" : 10000000000000", "HUGE.json");
        edited(json, "\"samples\" : 20000", "\"samples\" : 0", "ZERO.json");
        edited(json, "\"blockSize\" : 1024", "\"blockSize\" : 0", "BLOCK.json");
        edited(json, "\"precision\" : null", "\"precision\" : \"NaN\"", "PRECISION.json");
        edited(json, "\"method\" : \"mc\"", "\"method\" : \"quasi\"", "METHOD.json");
        Files.writeString(w.resolve("TRUNCATED.json"), json.substring(0, json.length() / 2));
    }

    private static void edited(String json, String from, String to, String name) throws IOException {
        String e = json.replace(from, to);
        assertNotEquals(json, e, from + " found in the summary");
        Files.writeString(w.resolve(name), e);
    }

    static Stream<Hostile.Case> cases() {
        String base = "{base.json}";
        return Stream.of(
                Hostile.of("metadata.maxSamples 1e13 (was: a rerun started without a word)", 2, "metadata.maxSamples",
                        "check", "--baseline", "{HUGE.json}"),
                Hostile.of("metadata.samples 0", 2, "metadata.samples", "check", "--baseline", "{ZERO.json}"),
                Hostile.of("metadata.blockSize 0", 2, "metadata.blockSize", "check", "--baseline", "{BLOCK.json}"),
                Hostile.of("metadata.precision NaN", 2, "metadata.precision", "check", "--baseline", "{PRECISION.json}"),
                Hostile.of("metadata.method unknown", 2, "unknown sampling method", "check", "--baseline",
                        "{METHOD.json}"),
                Hostile.of("update over an edited baseline", 2, "metadata.maxSamples", "check", "--update", "--baseline",
                        "{HUGE.json}"),
                Hostile.of("truncated baseline", 2, "malformed JSON", "check", "--baseline", "{TRUNCATED.json}"),
                Hostile.of("baseline missing", 2, "no such file", "check", "--baseline", "{NEW}.json"),
                Hostile.of("baseline is a folder", 2, "", "check", "--baseline", "{USER}"),
                Hostile.of("update onto a folder", 2, "is a folder", "check", "--update", "--baseline", "{USER}"),
                Hostile.of("update over a parameter file", 2, "parameters.yaml", "check", "--update", "--baseline",
                        "{P}/parameters.yaml"),
                Hostile.of("alpha 0", 2, "--alpha must lie strictly between 0 and 1", "check", "--baseline", base,
                        "--mode", "statistical", "--alpha", "0"),
                Hostile.of("alpha 1", 2, "--alpha must lie strictly between 0 and 1", "check", "--baseline", base,
                        "--alpha", "1"),
                Hostile.of("alpha NaN", 2, "--alpha must lie strictly between 0 and 1", "check", "--baseline", base,
                        "--alpha", "NaN"),
                Hostile.of("unknown mode", 2, "--mode must be exact or statistical", "check", "--baseline", base,
                        "--mode", "fuzzy"),
                Hostile.of("samples 0", 2, "--samples must be between 1 and", "check", "--baseline", base, "--samples",
                        "0"),
                Hostile.of("samples above 10^10", 2, "--samples must be between 1 and", "check", "--baseline", base,
                        "--samples", "20000000000"),
                Hostile.of("threads 0", 2, "--threads must be between 1", "check", "--baseline", base, "--threads", "0"),
                Hostile.of("unknown method", 2, "--method must be mc, lhs or sobol", "check", "--baseline", base,
                        "--method", "quasi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeTheRerun(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

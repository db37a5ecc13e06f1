package org.euromesh.reports.cli;

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

/** {@code euromesh report} under hostile summaries and output folders: exit 2, one line, nothing written. */
class ReportHostileInputTest {

    @TempDir
    static Path root;
    static Path w;

    @BeforeAll
    static void workspace() throws IOException {
        w = Hostile.workspace(root);
        String json = SummaryJson.write(TestRuns.small());
        Files.writeString(w.resolve("summary.json"), json);
        Files.writeString(w.resolve("v99.json"), json.replace("\"formatVersion\" : " + org.euromesh.reports.summary.Summary.FORMAT_VERSION,
                "\"formatVersion\" : 99"));
        Files.writeString(w.resolve("other.json"), "{\"format\": \"something-else\"}\n");
    }

    static Stream<Hostile.Case> cases() {
        String s = "{summary.json}";
        return Stream.of(
                Hostile.of("out is a parameter folder (was: regions.csv replaced, exit 0)", 2, "is a parameter folder",
                        "report", s, "--out", "{P}"),
                Hostile.of("out is a user's folder", 2, "was not written by euromesh", "report", s, "--out", "{USER}"),
                Hostile.of("out is a file", 2, "is not a folder", "report", s, "--out", "{FILE}"),
                Hostile.of("out empty", 2, "--out is empty", "report", s, "--out", ""),
                Hostile.of("out is the current folder", 2, "is the current folder", "report", s, "--out", "."),
                Hostile.of("summary missing", 2, "no such file", "report", "{NEW}.json", "--out", "{NEW}"),
                Hostile.of("summary is a parameter file", 2, "malformed JSON", "report", "{P}/parameters.yaml", "--out",
                        "{NEW}"),
                Hostile.of("summary of another format", 2, "not a EuroMesh summary", "report", "{other.json}", "--out",
                        "{NEW}"),
                Hostile.of("summary of another version", 2, "unsupported summary format version", "report",
                        "{v99.json}", "--out", "{NEW}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAndNothingWritten(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

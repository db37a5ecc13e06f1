package org.euromesh.reports.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;
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
        // Summaries whose decision section is malformed, one field at a time.
        ObjectMapper m = new ObjectMapper();
        String good = SummaryJson.write(TestRuns.withDecision());
        int frontier = TestRuns.withDecision().decision().targets().stream().map(t -> t.name()).toList()
                .indexOf("frontier-2028");
        decision(m, good, "decision_wins.json", d -> ((ObjectNode) d.path("targets").get(0)).put("campusWins", "many"));
        decision(m, good, "decision_box.json",
                d -> ((ObjectNode) d.path("targets").get(frontier).path("box").get(0)).put("input", "tau_mega"));
        decision(m, good, "decision_prim.json", d -> ((ObjectNode) d.path("targets").get(frontier).path("prim"))
                .remove("trajectory"));
        decision(m, good, "decision_paths.json", d -> d.put("paths", 0));
        decision(m, good, "decision_quantile.json",
                d -> ((ObjectNode) d.path("targets").get(frontier).path("box").get(0)).put("hiQuantile", 1.5));
        decision(m, good, "decision_target.json", d -> ((ObjectNode) d.path("targets").get(0)).put("name", "9000B"));
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
                        "{v99.json}", "--out", "{NEW}"),
                Hostile.of("decision: a count that is text", 2,
                        "decision_wins.json: bad summary at field 'decision.targets[0].campusWins'", "report",
                        "{decision_wins.json}", "--out", "{NEW}"),
                Hostile.of("decision: a box that is not its restrictions", 2,
                        "bad summary at field 'decision.targets[4]': box[0] of 'frontier-2028' is 'tau_mega' but its "
                                + "prim restriction is", "report", "{decision_box.json}", "--out", "{NEW}"),
                Hostile.of("decision: a PRIM result without its trajectory", 2,
                        "decision_prim.json: bad summary at field 'decision.targets[4].prim.trajectory': missing field", "report",
                        "{decision_prim.json}", "--out", "{NEW}"),
                Hostile.of("decision: no paths", 2, "bad summary at field 'decision': paths must be at least 1, got 0",
                        "report", "{decision_paths.json}", "--out", "{NEW}"),
                Hostile.of("decision: a quantile above 1", 2, "'decision.targets[4].box[0]': hiQuantile must be a "
                        + "probability in [0, 1] or NaN, got 1.5", "report", "{decision_quantile.json}", "--out", "{NEW}"),
                Hostile.of("decision: a target the run does not have", 2,
                        "decision target '9000B' is not a target of the run", "report", "{decision_target.json}",
                        "--out", "{NEW}"));
    }

    /** {@code good} with its decision section edited by {@code edit}, as {@code name} in the workspace. */
    private static void decision(ObjectMapper m, String good, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) m.readTree(good);
        edit.accept((ObjectNode) tree.path("decision"));
        Files.writeString(w.resolve(name), m.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAndNothingWritten(Hostile.Case c) {
        Hostile.assertRejected(c, w);
    }
}

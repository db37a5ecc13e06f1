package org.euromesh.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.euromesh.engine.api.OutputKind;
import org.euromesh.reports.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    @TempDir
    Path tmp;

    @Test
    void roundTripsExactly() throws IOException {
        Summary s = TestRuns.small();
        String json = SummaryJson.write(s);
        Path f = tmp.resolve("summary.json");
        Files.writeString(f, json);
        Summary back = SummaryJson.read(f);
        assertEquals(s, back);
        assertEquals(json, SummaryJson.write(back), "write(read(write(s))) is the same bytes");
    }

    @Test
    void sameBytesAtOneAndTwoThreads() {
        assertEquals(SummaryJson.write(TestRuns.summary(1)), SummaryJson.write(TestRuns.small()));
    }

    @Test
    void noTimestampThreadsOrElapsedAndInfinityAsString() {
        String json = SummaryJson.write(TestRuns.small());
        assertFalse(json.contains("thread") || json.contains("elapsed") || json.contains("time\""), "no run-environment keys");
        assertTrue(json.startsWith("{\n  \"format\" : \"euromesh-summary\""), json.substring(0, 80));
        assertFalse(json.contains("\r"));
        // frontier-2028 on the federation is often after 2049: +inf percentiles are strings
        assertTrue(json.contains("\"Infinity\""));
    }

    @Test
    void histogramsAreCoarsenedForCharts() {
        Summary s = TestRuns.small();
        OutputEntry fed = s.output("405B.t_fed");
        assertEquals(OutputKind.TIME, fed.kind());
        assertEquals(288, fed.histogram().bins(), "monthly over 24 years");
        assertEquals(fed.n(), fed.histogram().total());
        assertEquals(288, s.output("405B.lead").histogram().bins(), "two months over ±24 years");
        for (OutputEntry o : s.outputs()) {
            assertTrue(o.histogram().bins() <= 288, o.name());
            assertEquals(o.n() - o.invalid(), o.histogram().total(), o.name());
        }
        assertTrue(s.estimates().stream().anyMatch(i -> i.name().equals("k_h")));
        assertEquals("shipped", s.metadata().params());
    }

    @Test
    void malformedFilesAreClearErrors() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{ \"format\": ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.read(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("malformed JSON"), e.getMessage());

        Files.writeString(f, "{\"hello\": 1}");
        e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.read(f));
        assertTrue(e.getMessage().contains("not a EuroMesh summary"), e.getMessage());

        Files.writeString(f, SummaryJson.write(TestRuns.small()).replace("\"formatVersion\" : " + Summary.FORMAT_VERSION, "\"formatVersion\" : 99"));
        e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.read(f));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());

        Files.writeString(f, SummaryJson.write(TestRuns.small()).replace("\"seed\" :", "\"sead\" :"));
        e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.read(f));
        assertTrue(e.getMessage().contains("bad summary"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.read(tmp.resolve("missing.json")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void decisionDataRoundTripsExactly() {
        Summary s = TestRuns.withDecision();
        DecisionTarget frontier = s.decision().targets().stream().filter(t -> t.name().equals("frontier-2028"))
                .findFirst().orElseThrow();
        assertTrue(frontier.prim() != null && frontier.prim().hasBox() && frontier.voi() != null,
                "the fixture exercises a box and value of information");
        assertEquals(frontier.prim().box().size(), frontier.box().size());
        String json = SummaryJson.write(s);
        Summary back = SummaryJson.parse(json, "summary.json");
        assertEquals(s, back, "NaN quantiles, infinite bounds and every double come back bit for bit");
        assertEquals(json, SummaryJson.write(back));
    }

    @Test
    void readsAVersionTwoSummaryAsOneWithoutDecisionData() throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode tree = (ObjectNode) m.readTree(SummaryJson.write(TestRuns.small()));
        tree.put("formatVersion", 2);
        tree.remove("decision");
        Summary back = SummaryJson.parse(m.writeValueAsString(tree), "v2.json");
        assertEquals(TestRuns.small(), back, "version 2 reads as version 3 without decision data");
        assertEquals(3, back.formatVersion());

        tree.putNull("decision");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SummaryJson.parse(m.writeValueAsString(tree), "v2.json"));
        assertTrue(e.getMessage().startsWith("v2.json: bad summary at field 'decision'"), e.getMessage());
    }

    @Test
    void newerAndOlderVersionsAreRefusedSayingWhatToDo() {
        String json = SummaryJson.write(TestRuns.small());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.parse(
                json.replace("\"formatVersion\" : 3", "\"formatVersion\" : 4"), "s.json"));
        assertEquals("s.json: unsupported summary format version 4 (newer than this euromesh: read it with the euromesh "
                + "that wrote it); this euromesh reads versions 2 to 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.parse(
                json.replace("\"formatVersion\" : 3", "\"formatVersion\" : 1"), "s.json"));
        assertTrue(e.getMessage().contains("version 1 (older than this euromesh reads: rerun 'euromesh run'"),
                e.getMessage());
    }
}

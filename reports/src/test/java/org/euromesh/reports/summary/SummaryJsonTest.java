package org.euromesh.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}

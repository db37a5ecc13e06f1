package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.summary.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void regeneratesTheReportFromASummary() throws IOException {
        Path json = Files.writeString(tmp.resolve("summary.json"), SummaryJson.write(TestRuns.small()));
        Path out = tmp.resolve("out");
        CommandHarness r = CommandHarness.run(new ReportCommand(), json.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("charts/lead_time.png")));
        assertFalse(Files.exists(out.resolve("report.pdf")) || Files.exists(out.resolve("charts/lead_time.svg")),
                "PDF and SVG only when asked");
        assertEquals(Files.readString(json), Files.readString(out.resolve("summary.json")));
        assertTrue(r.out().contains("(report.html, report.md"), r.out());

        Path both = tmp.resolve("both");
        CommandHarness r2 = CommandHarness.run(new ReportCommand(), json.toString(), "--pdf", "--svg", "--out",
                both.toString());
        assertEquals(0, r2.exitCode(), r2.err());
        assertTrue(Files.exists(both.resolve("report.pdf")) && Files.exists(both.resolve("charts/lead_time.svg")));
        assertTrue(r2.out().contains("report.pdf"), r2.out());

        // --no-pdf, documented when the PDF was the default, is still accepted and changes nothing.
        Path old = tmp.resolve("old");
        assertEquals(0, CommandHarness.run(new ReportCommand(), json.toString(), "--no-pdf", "--out", old.toString())
                .exitCode());
        assertFalse(Files.exists(old.resolve("report.pdf")));
    }

    @Test
    void malformedSummaryIsExitTwoAndNothingWritten() throws IOException {
        Path json = Files.writeString(tmp.resolve("summary.json"), "[1, 2");
        Path out = tmp.resolve("out");
        CommandHarness r = CommandHarness.run(new ReportCommand(), json.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("summary.json") && r.err().contains("malformed JSON"), r.err());
        assertFalse(Files.exists(out));
    }
}

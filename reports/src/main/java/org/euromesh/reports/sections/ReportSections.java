package org.euromesh.reports.sections;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.report.ReportWriter;
import org.euromesh.reports.sensitivity.SensitivitySection;
import org.euromesh.reports.summary.Summary;

/**
 * The report's optional sections, each built from data in the {@link Summary} alone, so that
 * {@code euromesh run} and {@code euromesh report summary.json} write the same report. To add a
 * section: store its data as a component of {@code Summary} (null when absent) and add one line
 * to {@link #of}.
 */
public final class ReportSections {

    private ReportSections() {
    }

    /** The sections {@code s} has data for, in report order. */
    public static List<ReportSection> of(Summary s) {
        List<ReportSection> out = new ArrayList<>();
        if (s.sensitivity() != null) {
            out.add(SensitivitySection.of(s.sensitivity().result(), s.sensitivity().targets()));
        }
        return out;
    }

    /** The report of {@code s} with every section it has data for: what both commands write. */
    public static void write(Summary s, Path outDir) {
        write(s, outDir, true);
    }

    /** {@link #write(Summary, Path)}, with or without report.pdf. */
    public static void write(Summary s, Path outDir, boolean pdf) {
        ReportWriter.write(s, outDir, of(s), pdf);
    }
}

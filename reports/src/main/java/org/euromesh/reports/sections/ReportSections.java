package org.euromesh.reports.sections;

import java.nio.file.Path;
import org.euromesh.engine.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.reports.decision.DecisionSections;
import org.euromesh.reports.decision.DeliveryByYear;
import org.euromesh.reports.report.Block;
import org.euromesh.reports.report.ReportSection;
import org.euromesh.reports.sensitivity.ShapleySection;
import org.euromesh.reports.report.OutputFormats;
import org.euromesh.reports.report.ReportWriter;
import org.euromesh.reports.sensitivity.SensitivitySection;
import org.euromesh.reports.summary.Summary;

/**
 * The report's optional sections, each built from data in the {@link Summary} alone, so that
 * {@code euromesh run}, {@code euromesh merge} and {@code euromesh report summary.json} write the
 * same report, byte for byte. To add a section: store its data as a component of {@code Summary}
 * (null when absent; bump {@code Summary.FORMAT_VERSION}) and add one line to {@link #of}.
 */
public final class ReportSections {

    private ReportSections() {
    }

    /** The sections {@code s} has data for, in report order. */
    public static List<ReportSection> of(Summary s) {
        List<ReportSection> out = new ArrayList<>();
        if (s.sensitivity() != null) {
            ReportSection section = SensitivitySection.of(s.sensitivity().result(), s.sensitivity().targets());
            if (s.sensitivity().shapley() != null) {
                List<Block> blocks = new ArrayList<>(section.blocks());
                blocks.addAll(ShapleySection.blocks(s.sensitivity().shapley(), s.sensitivity().result(),
                        s.sensitivity().shapleyOutputs()));
                section = new ReportSection(section.title(), blocks, section.charts());
            }
            out.add(section);
        }
        out.add(DeliveryByYear.section(s));
        if (s.decision() != null) {
            out.addAll(DecisionSections.of(s.decision()));
        }
        return out;
    }

    /** The report of {@code s} with every section it has data for: what both commands write. */
    public static void write(Summary s, Path outDir) {
        write(s, outDir, OutputFormats.DEFAULT);
    }

    /** {@link #write(Summary, Path)}, with the optional files of {@code formats}. */
    public static void write(Summary s, Path outDir, OutputFormats formats) {
        write(s, outDir, formats, ProgressListener.NONE);
    }

    /** {@link #write(Summary, Path, OutputFormats)}, telling {@code progress} of each file rendered. */
    public static void write(Summary s, Path outDir, OutputFormats formats, ProgressListener progress) {
        ReportWriter.write(s, outDir, of(s), formats, progress);
    }
}

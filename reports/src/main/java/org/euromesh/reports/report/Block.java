package org.euromesh.reports.report;

import java.util.List;
import java.util.Objects;

/**
 * One block of a report document, rendered the same way to Markdown and to HTML. Text is plain:
 * each renderer escapes it.
 */
public sealed interface Block {

    /** A heading; level 1 is the title. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level must be 1..4, got " + level);
            }
        }
    }

    /** A paragraph; {@code lead} (may be empty) is printed bold before the text. */
    record Paragraph(String lead, String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(text, "text");
        }

        public Paragraph(String text) {
            this("", text);
        }
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table: header and rows of equal width. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + r.size() + " cells under " + header.size() + " columns");
                }
            }
        }
    }

    /** A chart, written as charts/NAME.png and charts/NAME.svg. */
    record Figure(String chart, String title, String caption) implements Block {
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caption, "caption");
        }
    }
}

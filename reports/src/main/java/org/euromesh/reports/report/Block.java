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

        /** The heading's anchor, as GitHub makes it: lower case, punctuation dropped, spaces to '-'. */
        public String anchor() {
            return slug(text);
        }
    }

    /**
     * A highlighted line the reader must not miss, with a link to a heading of the same document.
     *
     * @param text   the statement
     * @param link   the link's words
     * @param anchor {@link Heading#anchor()} of the heading it points to
     */
    record Note(String text, String link, String anchor) implements Block {
        public Note {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** GitHub's heading anchor of {@code text}. */
    static String slug(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.append(c);
            } else if (c == ' ') {
                b.append('-');
            }
        }
        return b.toString();
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

package org.euromesh.reports.report;

import java.util.List;

/** Renders report blocks as GitHub-flavoured Markdown; figures link charts/NAME.png. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** With PNG charts only (no "vector version" links). */
    public static String render(List<Block> blocks) {
        return render(blocks, false);
    }

    /** @param svg whether charts/NAME.svg exist, so that each figure links its vector version */
    public static String render(List<Block> blocks, boolean svg) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                if (!p.lead().isEmpty()) {
                    b.append("**").append(inline(p.lead().strip())).append("** ");
                }
                b.append(inline(p.text())).append("\n\n");
            } else if (block instanceof Block.Note n) {
                b.append("> **").append(inline(n.text())).append("** [").append(inline(n.link())).append("](#")
                        .append(n.anchor()).append(")\n\n");
            } else if (block instanceof Block.Bullets l) {
                l.items().forEach(i -> b.append("- ").append(inline(i)).append('\n'));
                b.append('\n');
            } else if (block instanceof Block.Table t) {
                row(b, t.header());
                b.append('|').append(" --- |".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> row(b, r));
                b.append('\n');
            } else if (block instanceof Block.Figure f) {
                b.append("### ").append(inline(f.title())).append("\n\n![").append(inline(f.title()))
                        .append("](charts/").append(f.chart()).append(".png)\n\n").append(inline(f.caption()));
                if (svg) {
                    b.append(" (Vector version: [charts/").append(f.chart()).append(".svg](charts/").append(f.chart())
                            .append(".svg).)");
                }
                b.append("\n\n");
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(inline(c).replace("|", "\\|")).append(" |");
        }
        b.append('\n');
    }

    /** Keeps text literal: no accidental emphasis, and one line per cell or item. */
    private static String inline(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("\r", " ").replace("\n", " ");
    }
}

package org.euromesh.reports.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Renders report blocks as one self-contained, well-formed XHTML-compatible page: CSS inline,
 * charts embedded as base64 PNG data URIs, no scripts and no external references, so the file
 * opens offline and an XML parser can check it.
 */
public final class HtmlRenderer {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,"DejaVu Sans",sans-serif;max-width:1100px;margin:2em auto;\
            padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.45em;line-height:1.25}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
            table{border-collapse:collapse;margin:1em 0;font-size:.88em}
            th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}tr:nth-child(even) td{background:#fafafa}
            figure{margin:1em 0}img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:.9em;color:#555}
            .note{background:#fff6d6;border-left:4px solid #e0a800;padding:.5em .8em}
            .answer li{margin:.3em 0}
            .table-wrap{overflow-x:auto;max-width:100%}
            @page{size:A4;margin:14mm}
            @media print{body{max-width:none;margin:0;padding:0;font-size:9pt}.table-wrap{overflow:visible}\
            table{font-size:7pt;table-layout:fixed;width:100%}td,th{word-wrap:break-word;overflow-wrap:anywhere}\
            figure,tr{page-break-inside:avoid}h2,h3{page-break-after:avoid}}
            """;

    private HtmlRenderer() {
    }

    /** @param pngs chart name → PNG bytes for every figure */
    public static String render(String title, List<Block> blocks, Map<String, byte[]> pngs) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                b.append("<h").append(h.level()).append(" id=\"").append(esc(h.anchor())).append("\">")
                        .append(esc(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Block.Note n) {
                b.append("<p class=\"note\">").append(esc(n.text())).append(" <a href=\"#").append(esc(n.anchor()))
                        .append("\">").append(esc(n.link())).append("</a></p>\n");
            } else if (block instanceof Block.Paragraph p) {
                b.append("<p>");
                if (!p.lead().isEmpty()) {
                    b.append("<strong>").append(esc(p.lead())).append("</strong>");
                }
                b.append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Block.Bullets l) {
                b.append("<ul>\n");
                l.items().forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
                b.append("</ul>\n");
            } else if (block instanceof Block.Table t) {
                b.append("<div class=\"table-wrap\"><table>\n<thead><tr>");
                t.header().forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
                b.append("</tr></thead>\n<tbody>\n");
                for (List<String> r : t.rows()) {
                    b.append("<tr>");
                    r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
                    b.append("</tr>\n");
                }
                b.append("</tbody>\n</table></div>\n");
            } else if (block instanceof Block.Figure f) {
                byte[] png = pngs.get(f.chart());
                if (png == null) {
                    throw new IllegalStateException("figure '" + f.chart() + "' has no rendered chart");
                }
                b.append("<figure>\n<h3>").append(esc(f.title())).append("</h3>\n<img alt=\"").append(esc(f.title()))
                        .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                        .append("\"/>\n<figcaption>").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}

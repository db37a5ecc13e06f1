package org.euromesh.reports.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code report.pdf} from the very XHTML of {@code report.html}, through openhtmltopdf (PDFBox):
 * for readers who share documents. The CSS's print rules give A4 pages with tables that wrap
 * instead of scrolling. The bytes depend only on the HTML: the document ID is a hash of it and no
 * date is written, so rebuilding a report gives the same PDF.
 */
final class PdfRenderer {

    /** DejaVu Sans covers τ, ρ, ₀ and − that the PDF base fonts lack; used when the system has it. */
    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF");

    private PdfRenderer() {
    }

    /** Held so that the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every stylesheet parse, PDFBox each font fallback, to stderr; a command
        // line must stay quiet (the fallbacks are for the PDF base fonts, which the report does not use).
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    static byte[] render(String xhtml) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withProducer("euromesh");
        for (String dir : FONT_DIRS) {
            File regular = new File(dir, "DejaVuSans.ttf");
            File bold = new File(dir, "DejaVuSans-Bold.ttf");
            if (regular.isFile()) {
                b.useFont(regular, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                if (bold.isFile()) {
                    b.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                }
                break;
            }
        }
        b.withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer r = b.buildPdfRenderer()) {
            r.createPDFWithoutClosing();
            PDDocument doc = r.getPdfDocument();
            // PDFBox would derive the ID from the clock; a hash of the content keeps the bytes reproducible.
            byte[] id = sha256(xhtml);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.getDocumentInformation().setCreationDate(null);
            doc.getDocumentInformation().setModificationDate(null);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render report.pdf: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(h, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package th.planning.reports.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Hostile and extreme files, built by the tests (never committed: some inflate to hundreds of MB). */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A one-page PDF whose one FlateDecode content stream is {@code BT /F1 12 Tf} and then
     * {@code (AAAAAAAA) Tj} repeated until it inflates to {@code inflated} bytes: small on disk
     * (about a thousandth), gigantic to parse.
     */
    public static void contentBombPdf(Path file, long inflated) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream content = pdf.getDocument().createCOSStream();
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            // Deflated here, at the fastest level, and stored raw: PDFBox's own encoder is far slower.
            try (OutputStream raw = content.createRawOutputStream();
                 DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                out.write("BT /F1 12 Tf 72 700 Td\n".getBytes(StandardCharsets.US_ASCII));
                byte[] line = "(AAAAAAAA) Tj\n".getBytes(StandardCharsets.US_ASCII);
                byte[] block = new byte[line.length * 4096];
                for (int i = 0; i < 4096; i++) {
                    System.arraycopy(line, 0, block, i * line.length, line.length);
                }
                for (long written = 0; written < inflated; written += block.length) {
                    out.write(block);
                }
                out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            pdf.addPage(page);
            pdf.save(file.toFile());
        }
    }

    /**
     * A PDF of {@code pages} pages that all draw one shared content stream of {@code glyphs} glyphs:
     * within every limit, but slow to read (seconds for a few million glyphs).
     */
    public static void slowPdf(Path file, int pages, int glyphs) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            COSStream content = pdf.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT /F1 2 Tf 10 780 Td\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < glyphs / 100; i++) {
                    out.write(("(" + "A".repeat(100) + ") Tj 0 -0.5 TD\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                pdf.addPage(page);
            }
            pdf.save(file.toFile());
        }
    }

    /** A legitimate docx with about {@code megabytes} MB of (highly compressible) repeated Thai text. */
    public static void repetitiveDocx(Path file, int megabytes) throws IOException {
        String sentence = "ผลการดำเนินงานตามแผนงานโครงการ ไตรมาสที่ ๔ ปีงบประมาณ พ.ศ. ๒๕๖๗ ";
        String paragraph = sentence.repeat(2000 / sentence.length() + 1);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            long bytes = 0;
            while (bytes < megabytes * 1024L * 1024) {
                doc.createParagraph().createRun().setText(paragraph);
                bytes += paragraph.getBytes(StandardCharsets.UTF_8).length;
            }
            doc.write(out);
        }
    }
}

package th.planning.reports.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Small documents written by the tests themselves. */
final class Fixtures {

    static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    private Fixtures() {
    }

    static Path write(Path file, XWPFDocument doc) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); doc) {
            doc.write(out);
        }
        return file;
    }

    static Path write(Path file, org.apache.poi.ss.usermodel.Workbook wb) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    /** A minimal valid docx with one paragraph. */
    static Path simpleDocx(Path file, String text) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        return write(file, doc);
    }
}

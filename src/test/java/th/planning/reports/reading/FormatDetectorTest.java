package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.DocumentFormat;

class FormatDetectorTest {

    @TempDir
    Path dir;

    @Test
    void pdfNamedDocxIsDetectedAsPdf() throws IOException {
        Path file = dir.resolve("report.docx");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        assertThat(FormatDetector.detect(file)).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void pdfWithJunkBeforeTheHeaderIsStillPdf() throws IOException {
        Path file = dir.resolve("x.bin");
        Files.write(file, ("garbage\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(FormatDetector.detect(file)).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void docxNamedPdfIsDetectedAsDocx() throws IOException {
        Path file = Fixtures.simpleDocx(dir.resolve("report.pdf"), "สวัสดี");
        assertThat(FormatDetector.detect(file)).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void xlsxNamedDocIsDetectedAsXlsx() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("x");
        Path file = Fixtures.write(dir.resolve("report.doc"), wb);
        assertThat(FormatDetector.detect(file)).isEqualTo(DocumentFormat.XLSX);
    }

    @Test
    void textFileNamedXlsxIsRejectedAsPlainTextWithoutQuotingIt() throws IOException {
        Path file = dir.resolve("report.xlsx");
        Files.writeString(file, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        assertThatThrownBy(() -> FormatDetector.detect(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a Word, Excel or PDF file (plain text, not a report format)");
    }

    @Test
    void htmlSavedAsXlsIsNamedAsHtml() throws IOException {
        Path file = dir.resolve("report.xls");
        Files.writeString(file, "<html><body><table></table></body></html>");
        assertThatThrownBy(() -> DocumentReaders.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a Word, Excel or PDF file (an HTML file)");
    }

    @Test
    void emptyFileIsRejectedAsEmpty() throws IOException {
        Path file = dir.resolve("report.docx");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> DocumentReaders.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty file");
    }

    @Test
    void truncatedDocxIsReportedAsCorruptDocx() throws IOException {
        Path good = Fixtures.simpleDocx(dir.resolve("good.docx"), "ข้อความ ".repeat(200));
        byte[] bytes = Files.readAllBytes(good);
        Path file = dir.resolve("cut.docx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> DocumentReaders.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("corrupt docx:");
    }

    @Test
    void zipWithoutOfficePartsIsNotAWordOrExcelFile() throws IOException {
        Path file = dir.resolve("report.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hi".getBytes(StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> FormatDetector.detect(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a Word, Excel or PDF file (a ZIP archive without [Content_Types].xml)");
    }

    @Test
    void binaryJunkIsNamedWithoutQuotingItsBytes() throws IOException {
        Path file = dir.resolve("report.pdf");
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xFF});
        assertThatThrownBy(() -> FormatDetector.detect(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("not a Word, Excel or PDF file (binary data of an unknown kind)");
    }

    @Test
    void missingFileIsReportedAsNotFound() {
        assertThatThrownBy(() -> DocumentReaders.read(dir.resolve("nope.docx")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("file not found");
    }
}

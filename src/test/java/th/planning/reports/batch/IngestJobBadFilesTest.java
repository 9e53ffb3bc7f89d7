package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a drop folder of the bad files a real one gets, built here, beside good sample
 * files: every file ends loaded or rejected with its specific reason, and the run completes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobBadFilesTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    static final long SIZE_LIMIT = 1_000_000;

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;
    @TempDir
    static Path outside;
    RunSummary summary;
    final Map<String, String> outcome = new TreeMap<>();

    @BeforeAll
    void runTheJobOnAFolderOfBadFiles() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ"));
        Files.copy(SAMPLES.resolve("report-31.docx"), dir.resolve("report-31.docx"));
        Files.copy(SAMPLES.resolve("report-32.xlsx"), dir.resolve("report-32.xlsx"));
        Files.copy(SAMPLES.resolve("report-39.pdf"), dir.resolve("รายงาน โครงการ ๓๙ (ลงนาม).docx"));
        xlsAsLegacyExcel(SAMPLES.resolve("report-33.xlsx"), dir.resolve("report 33 เก่า.xls"));
        Files.write(dir.resolve("empty.docx"), new byte[0]);
        byte[] docx = Files.readAllBytes(SAMPLES.resolve("report-34.docx"));
        Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        encryptedXlsx(dir.resolve("protected.xlsx"));
        encryptedPdf(dir.resolve("protected.pdf"));
        Files.writeString(dir.resolve("notes.xlsx"), "ส่งรายงานแล้วครับ\n", StandardCharsets.UTF_8);
        notTheForm(dir.resolve("minutes.docx"));
        imageOnlyPdf(dir.resolve("scanned.pdf"));
        zipBomb(dir.resolve("bomb.docx"));
        huge(dir.resolve("huge.pdf"));
        // Links out of the drop folder are not followed: not a password file, not a report kept elsewhere.
        Files.createSymbolicLink(dir.resolve("passwd.docx"),
                Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n"));
        Files.createSymbolicLink(dir.resolve("report-35.docx"),
                Files.copy(SAMPLES.resolve("report-35.docx"), outside.resolve("report-35.docx")));
        Files.createSymbolicLink(dir.resolve("gone.pdf"), outside.resolve("gone.pdf"));
        summary = IngestRunner.run(input, warehouse, 2, Map.of("report-etl.max-file-bytes", SIZE_LIMIT));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT file_name, status, coalesce(reason, '') FROM submission")) {
            while (rs.next()) {
                outcome.put(rs.getString(1), (rs.getString(2) + " " + rs.getString(3)).strip());
            }
        }
    }

    @Test
    void theRunCompletesAndEveryFileIsRecorded() {
        assertThat(summary.completed()).isTrue();
        assertThat(summary.failures()).isEmpty();
        assertThat(outcome).hasSize(16);
        assertThat(summary.loaded() + summary.rejected()).isEqualTo(16);
    }

    @Test
    void goodFilesLoadWhateverTheirNameOrExtension() {
        assertThat(outcome).containsEntry("report-31.docx", "loaded")
                .containsEntry("report-32.xlsx", "loaded")
                .containsEntry("รายงาน โครงการ ๓๙ (ลงนาม).docx", "loaded")
                .containsEntry("report 33 เก่า.xls", "loaded");
    }

    @Test
    void theLegacyXlsMadeWithHssfIsReadAsXlsWithItsValues() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.detected_format, v.allocated, v.disbursed FROM v_submission_summary v "
                     + "JOIN submission s USING (file_name) WHERE file_name = 'report 33 เก่า.xls'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("xls");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("2300000.00");
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("2267911.00");
        }
    }

    @Test
    void eachBadFileIsRejectedWithItsOwnReason() {
        assertThat(outcome).containsEntry("empty.docx", "rejected empty file")
                .containsEntry("protected.xlsx", "rejected password-protected")
                .containsEntry("protected.pdf", "rejected password-protected")
                .containsEntry("huge.pdf", "rejected file too large: 1500000 bytes, over the limit of 1000000 bytes");
        // an image of a line of English: read by OCR where Tesseract is installed, and then not the form;
        // otherwise rejected as a scan, saying what to install
        assertThat(outcome.get("scanned.pdf"))
                .matches("rejected (not a performance report form.*|no text layer: a scanned PDF, and OCR is not available here: .*install.*)");
        assertThat(outcome.get("truncated.docx")).startsWith("rejected corrupt docx");
        assertThat(outcome).containsEntry("notes.xlsx", "rejected not a Word, Excel or PDF file (plain text, not a report format)");
        assertThat(outcome.get("minutes.docx")).startsWith("rejected not a performance report form");
        assertThat(outcome.get("bomb.docx")).startsWith("rejected").containsIgnoringCase("zip bomb");
    }

    @Test
    void linksOutOfTheDropFolderAreRejectedUnreadAndNamedInTheSummary() {
        assertThat(outcome).containsEntry("passwd.docx", "rejected symbolic link to a file outside the drop folder: not followed")
                .containsEntry("report-35.docx", "rejected symbolic link to a file outside the drop folder: not followed")
                .containsEntry("gone.pdf", "rejected dangling symbolic link: its target does not exist");
        assertThat(outcome.values()).noneMatch(o -> o.contains("root"));
        assertThat(summary.rejections()).contains("2567/Q4/สำนักงานสถิติแห่งชาติ/gone.pdf: "
                + "dangling symbolic link: its target does not exist");
    }

    static void xlsAsLegacyExcel(Path xlsx, Path xls) throws IOException {
        try (Workbook in = new XSSFWorkbook(Files.newInputStream(xlsx)); HSSFWorkbook out = new HSSFWorkbook()) {
            for (Sheet s : in) {
                Sheet t = out.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row tr = t.createRow(r.getRowNum());
                    for (Cell c : r) {
                        Cell tc = tr.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case NUMERIC -> tc.setCellValue(c.getNumericCellValue());
                            case STRING -> tc.setCellValue(c.getStringCellValue());
                            case BOOLEAN -> tc.setCellValue(c.getBooleanCellValue());
                            case FORMULA -> tc.setCellValue(c.toString());
                            default -> { }
                        }
                    }
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    t.addMergedRegion(m);
                }
            }
            try (OutputStream o = Files.newOutputStream(xls)) {
                out.write(o);
            }
        }
    }

    static void encryptedXlsx(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("รายงาน").createRow(0).createCell(0).setCellValue("แบบรายงานผลการดำเนินงาน");
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    static void encryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }

    static void notTheForm(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("บันทึกการประชุม ครั้งที่ ๑/๒๕๖๗");
            doc.createParagraph().createRun().setText("ผู้เข้าร่วมประชุม ๑๒ คน");
            doc.write(out);
        }
    }

    static void imageOnlyPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.drawString("scanned report", 10, 50);
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(LosslessFactory.createFromImage(pdf, img), 50, 500);
            }
            pdf.save(file.toFile());
        }
    }

    /** A well-formed docx whose document.xml inflates from a few KB to 50 MB of blank space. */
    static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(blanks);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    static void huge(Path file) throws IOException {
        byte[] b = new byte[1_500_000];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        Files.write(file, b);
    }
}

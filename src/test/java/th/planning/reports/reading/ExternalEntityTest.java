package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.document.Document;

/**
 * A submission whose XML declares an external entity (XXE) must never make the reader open what the
 * entity names: sample report 01's docx and xlsx with such an entity pointing at a local file.
 */
class ExternalEntityTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"report-01.docx, word/document.xml", "report-01.xlsx, xl/sharedStrings.xml"})
    void anExternalEntityIsNeverResolved(String sample, String part) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-FROM-THE-SERVER");
        Path evil = dir.resolve("evil-" + sample);
        withEntity(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ", sample), evil, part, secret);

        String text;
        try {
            Document doc = DocumentReaders.read(evil);
            text = doc.text();
        } catch (UnreadableDocumentException e) {
            text = e.getMessage();      // refusing the file is as good as ignoring the entity
        }
        assertThat(text).doesNotContain("SECRET-FROM-THE-SERVER");
    }

    /** Copies the package, giving {@code part} a DOCTYPE with an external entity used in its first text. */
    private static void withEntity(Path from, Path to, String part, Path secret) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int root = xml.indexOf('<', xml.indexOf("?>") + 2);
                    String name = xml.substring(root + 1, xml.indexOf(' ', root));
                    xml = xml.substring(0, root) + "<!DOCTYPE " + name + " [<!ENTITY xxe SYSTEM \""
                            + secret.toUri() + "\">]>" + xml.substring(root);
                    xml = xml.replaceFirst("<w:t>|<w:t xml:space=\"preserve\">|<t>|<t xml:space=\"preserve\">", "$0&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}

package th.planning.reports.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A Word file copied with its table and cell borders taken out (every {@code w:tblBorders} and
 * {@code w:tcBorders} of word/document.xml dropped, so no style draws them either), the rest byte for
 * byte: a second borderless corpus made from files another program wrote (sample-input's docx, written
 * by LibreOffice from Flat ODT with cell padding and its own column widths), not from {@link OtherLayoutWord}.
 */
public final class WithoutBorders {

    private static final Pattern BORDERS = Pattern.compile(
            "<w:(tblBorders|tcBorders)\\b[^>]*/>|<w:(tblBorders|tcBorders)\\b[^>]*>.*?</w:\\2>", Pattern.DOTALL);
    private static final String NONE = "<w:tcBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
            + "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tcBorders>";

    private WithoutBorders() {
    }

    /** Writes {@code out}: {@code in} whose tables draw no borders; returns how many border elements it replaced. */
    public static int docx(Path in, Path out) throws IOException {
        int replaced = 0;
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out);
                ZipOutputStream z = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream is = zip.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    var m = BORDERS.matcher(xml);
                    StringBuilder sb = new StringBuilder();
                    while (m.find()) {
                        replaced++;
                        // a cell's own "nil" borders beat any the table style would give it
                        m.appendReplacement(sb, m.group().startsWith("<w:tc") ? NONE : "");
                    }
                    m.appendTail(sb);
                    bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return replaced;
    }
}

package th.planning.reports.reading;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import th.planning.reports.document.DocumentFormat;

/**
 * Tells the format of a file from its bytes, never from its name: a ZIP package holding
 * {@code [Content_Types].xml} and a {@code word/} or {@code xl/} folder (DOCX, XLSX), an OLE2
 * compound file holding a {@code WordDocument} or {@code Workbook}/{@code Book} stream (DOC, XLS),
 * or {@code %PDF-} within the first 1024 bytes (PDF). Anything else is an
 * {@link UnreadableDocumentException} that says what the file looked like.
 *
 * <p>Only the first 1 KB, the ZIP central directory or the OLE2 directory is read.
 */
public final class FormatDetector {

    static final int HEAD_SIZE = 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private FormatDetector() {
    }

    /** The container a file's first bytes announce. */
    enum Container { ZIP, OLE2, PDF }

    /** Detects the format of {@code file} from its content. */
    public static DocumentFormat detect(Path file) {
        byte[] head = readHead(file);
        Container container = container(head);
        return switch (container) {
            case PDF -> DocumentFormat.PDF;
            case ZIP -> zipFormat(file);
            case OLE2 -> ole2Format(file);
        };
    }

    /** The first up to 1024 bytes of a file, or the reason it has none. */
    static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_SIZE);
            if (head.length == 0) {
                throw new UnreadableDocumentException("empty file");
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("file not found", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("I/O error: " + e.getMessage(), e);
        }
    }

    static Container container(byte[] head) {
        if (startsWith(head, ZIP_MAGIC)) {
            return Container.ZIP;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return Container.OLE2;
        }
        if (indexOf(head, PDF_MAGIC) >= 0) {
            return Container.PDF;
        }
        if (startsWith(head, ZIP_EMPTY_MAGIC)) {
            throw new UnreadableDocumentException("not a Word, Excel or PDF file (an empty ZIP archive)");
        }
        throw new UnreadableDocumentException(describeUnknown(head));
    }

    /** "not a Word, Excel or PDF file (...)" with what the file seems to be instead. */
    static String describeUnknown(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
        String lower = ascii.stripLeading().toLowerCase(java.util.Locale.ROOT);
        String what;
        if (lower.startsWith("{\\rtf")) {
            what = "an RTF file";
        } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || lower.startsWith("\ufeff<html")) {
            what = "an HTML file";
        } else if (lower.startsWith("mime-version:")) {
            what = "a MIME/MHTML web archive";
        } else if (lower.startsWith("<?xml")) {
            what = "an XML file";
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            what = "a JPEG image";
        } else if (ascii.startsWith("\u0089PNG")) {
            what = "a PNG image";
        } else if (ascii.startsWith("GIF8")) {
            what = "a GIF image";
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            what = "a gzip archive";
        } else if (ascii.startsWith("Rar!")) {
            what = "a RAR archive";
        } else if (ascii.startsWith("7z\u00BC\u00AF")) {
            what = "a 7-Zip archive";
        } else {
            // Named, never quoted: the file may be anything a link or a mistake put in the drop
            // folder (a password file, a key), and the reason is stored and shown in reports.
            what = isText(head) ? "plain text, not a report format" : "binary data of an unknown kind";
        }
        return "not a Word, Excel or PDF file (" + what + ")";
    }

    /** Whether the first bytes read as printable UTF-8 text (any script, as a typed note would be). */
    static boolean isText(byte[] head) {
        // 16 characters of the first 48 bytes: a multi-byte character cut at the end is not binary data.
        String text = new String(head, 0, Math.min(head.length, 48), StandardCharsets.UTF_8);
        int checked = 0;
        for (int i = 0; i < text.length() && checked < 16; checked++) {
            int cp = text.codePointAt(i);
            if (cp == 0xFFFD || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return checked > 0;
    }

    /** DOCX or XLSX from the names in a ZIP package's central directory. */
    static DocumentFormat zipFormat(Path file) {
        boolean contentTypes = false;
        boolean word = false;
        boolean xl = false;
        boolean ppt = false;
        boolean odf = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    word = true;
                } else if (name.startsWith("xl/")) {
                    xl = true;
                } else if (name.startsWith("ppt/")) {
                    ppt = true;
                } else if (name.equals("mimetype") || name.equals("content.xml")) {
                    odf = true;
                }
            }
        } catch (ZipException e) {
            throw corruptZip(file, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("I/O error: " + e.getMessage(), e);
        }
        if (contentTypes && word) {
            return DocumentFormat.DOCX;
        }
        if (contentTypes && xl) {
            return DocumentFormat.XLSX;
        }
        if (contentTypes && ppt) {
            throw new UnreadableDocumentException("not a Word, Excel or PDF file (a PowerPoint file)");
        }
        if (odf) {
            throw new UnreadableDocumentException(
                    "not a Word, Excel or PDF file (an OpenDocument file: save it as .docx or .xlsx)");
        }
        throw new UnreadableDocumentException("not a Word, Excel or PDF file (a ZIP archive without "
                + (contentTypes ? "word/ or xl/ parts)" : "[Content_Types].xml)"));
    }

    /**
     * A ZIP whose central directory cannot be read (typically a truncated download): the local
     * headers at the start still tell whether it was meant to be a docx or an xlsx.
     */
    static UnreadableDocumentException corruptZip(Path file, Exception cause) {
        String kind = "Office file";
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes(4 << 20);
            kind = kindFromLocalHeaders(data);
        } catch (IOException | RuntimeException ignored) {
            // keep the generic kind
        }
        String detail = cause instanceof EOFException ? "truncated" : OfficePackages.reason(cause);
        if (detail.contains("END header not found") || detail.contains("Truncated")) {
            detail = "truncated: " + detail;
        }
        return new UnreadableDocumentException("corrupt " + kind + ": damaged ZIP (" + detail + ")", cause);
    }

    /** "docx"/"xlsx" from the names in the ZIP local file headers, scanning raw bytes. */
    static String kindFromLocalHeaders(byte[] data) {
        for (int i = 0; i + 30 <= data.length; i++) {
            if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 3 && data[i + 3] == 4) {
                int nameLen = (data[i + 26] & 0xFF) | (data[i + 27] & 0xFF) << 8;
                if (i + 30 + nameLen > data.length) {
                    break;
                }
                String name = new String(data, i + 30, nameLen, StandardCharsets.UTF_8);
                if (name.startsWith("word/")) {
                    return "docx";
                }
                if (name.startsWith("xl/")) {
                    return "xlsx";
                }
                if (name.equals("[Content_Types].xml")) {
                    String kind = kindFromContentTypes(data, i, nameLen);
                    if (kind != null) {
                        return kind;
                    }
                }
                i += 29 + nameLen;
            }
        }
        return "Office file";
    }

    /** Inflates a [Content_Types].xml entry in place and looks for the main part's content type. */
    private static String kindFromContentTypes(byte[] data, int header, int nameLen) {
        int method = (data[header + 8] & 0xFF) | (data[header + 9] & 0xFF) << 8;
        int extraLen = (data[header + 28] & 0xFF) | (data[header + 29] & 0xFF) << 8;
        int start = header + 30 + nameLen + extraLen;
        if (start >= data.length) {
            return null;
        }
        String xml;
        if (method == 0) {
            xml = new String(data, start, Math.min(65536, data.length - start), StandardCharsets.UTF_8);
        } else if (method == 8) {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            try {
                inflater.setInput(data, start, data.length - start);
                byte[] out = new byte[65536];
                int n = inflater.inflate(out);
                xml = new String(out, 0, n, StandardCharsets.UTF_8);
            } catch (java.util.zip.DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
        } else {
            return null;
        }
        if (xml.contains("wordprocessingml.document") || xml.contains("ms-word.document")) {
            return "docx";
        }
        if (xml.contains("spreadsheetml.sheet") || xml.contains("ms-excel.sheet")) {
            return "xlsx";
        }
        return null;
    }

    /** DOC or XLS from the stream names in an OLE2 compound file's root directory. */
    static DocumentFormat ole2Format(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return ole2Format(fs.getRoot());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("corrupt OLE2 (doc/xls) file: " + e.getMessage(), e);
        }
    }

    static DocumentFormat ole2Format(DirectoryNode root) {
        if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
            throw new UnreadableDocumentException("password-protected");
        }
        if (root.hasEntry("WordDocument")) {
            return DocumentFormat.DOC;
        }
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")
                || root.hasEntry("BOOK")) {
            return DocumentFormat.XLS;
        }
        if (root.hasEntry("PowerPoint Document")) {
            throw new UnreadableDocumentException("not a Word, Excel or PDF file (a PowerPoint file)");
        }
        throw new UnreadableDocumentException(
                "not a Word, Excel or PDF file (an OLE2 file without a WordDocument or Workbook stream)");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package th.planning.reports.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import th.planning.reports.support.ScannedCopies;

/**
 * Builds a benchmark drop folder of N distinct submissions from sample-input, in
 * {@code <out>/<format>/2567/Q4/<agency>/bench-NNNNN.<ext>}. Copy i of a sample gets its own
 * amounts (every 3-digit group after a thousands comma is rewritten from i) and, in docx and xlsx,
 * its own project name ("ชุดที่ i" added), by editing the XML inside the zip.
 *
 * <p>PDF: the text is drawn with a subset of the Thai font, so new words cannot be typed in without
 * glyphs the subset lacks; but every digit the amounts use is there. So PDFBox rewrites the digit
 * codes of each amount group in the page content to other digits of the same subset (same widths,
 * so the layout holds) and the document /ID carries i, which keeps every file distinct even where
 * the subset has too few digits for all N amounts to differ. Regenerating with LibreOffice would be
 * truer but takes about a second a file.
 *
 * <p>Scanned share (optional 4th argument, e.g. 0.1): that share of the N files, evenly spread, are
 * scans of a varied PDF copy ({@link ScannedCopies}, its own rotation and noise per copy), written
 * under {@code <out>/scan/...}; {@code <out>/scanned-pages.txt} holds how many pages they have, which
 * the benchmark divides by the OCR time.
 *
 * <p>Usage: {@code BenchmarkCorpus SAMPLE_DIR OUT_DIR N [SCANNED_SHARE]}
 */
public final class BenchmarkCorpus {

    private static final Pattern DOCX_GROUP = Pattern.compile("(<w:t(?: [^>]*)?>)([๐-๙]{3})(?![๐-๙])");
    private static final Pattern COMMA_GROUP = Pattern.compile("(?<=,)([๐-๙]{3})(?![๐-๙])");
    private static final Pattern XLSX_NUMBER = Pattern.compile("(<c [^>]*t=\"n\"[^>]*><v>)(\\d{4,})(</v>)");

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        double scannedShare = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        int scanEvery = scannedShare > 0 ? (int) Math.round(1 / scannedShare) : 0;
        List<Path> sources;
        try (Stream<Path> s = Files.walk(samples)) {
            sources = s.filter(p -> p.toString().matches(".*\\.(docx|pdf|xlsx)$")).sorted().toList();
        }
        List<Path> pdfs = sources.stream().filter(p -> p.toString().endsWith(".pdf")).toList();
        Map<Path, byte[]> cache = new HashMap<>();
        int scannedPages = 0;
        for (int i = 0; i < n; i++) {
            if (scanEvery > 0 && i % scanEvery == 0) {
                scannedPages += scan(pdfs.get((i / scanEvery) % pdfs.size()), out, i, cache);
                continue;
            }
            Path src = sources.get(i % sources.size());
            String name = src.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            Path dir = out.resolve(ext).resolve("2567/Q4").resolve(src.getParent().getFileName().toString());
            Files.createDirectories(dir);
            byte[] bytes = cache.computeIfAbsent(src, BenchmarkCorpus::read);
            byte[] varied = switch (ext) {
                case "docx" -> rezip(bytes, i, "word/document.xml");
                case "xlsx" -> rezip(bytes, i, "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml");
                default -> pdf(bytes, i);
            };
            Files.write(dir.resolve(String.format("bench-%05d.%s", i, ext)), varied);
        }
        if (scanEvery > 0) {
            Files.writeString(out.resolve("scanned-pages.txt"), scannedPages + "\n");
        }
        System.out.println("wrote " + n + " files under " + out + (scanEvery > 0 ? ", " + scannedPages + " scanned pages" : ""));
    }

    /** Copy i as a scan of a varied copy of {@code src}; returns its page count. */
    private static int scan(Path src, Path out, int i, Map<Path, byte[]> cache) throws IOException {
        Path dir = out.resolve("scan/2567/Q4").resolve(src.getParent().getFileName().toString());
        Files.createDirectories(dir);
        Path text = Files.createTempFile(out, "text-", ".pdf");
        try {
            Files.write(text, pdf(cache.computeIfAbsent(src, BenchmarkCorpus::read), i));
            Path scan = ScannedCopies.scan(text, dir.resolve(String.format("bench-%05d.pdf", i)), i, 0);
            try (PDDocument d = Loader.loadPDF(scan.toFile())) {
                return d.getNumberOfPages();
            }
        } finally {
            Files.deleteIfExists(text);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String thaiDigits(long v, int width) {
        String s = String.format("%0" + width + "d", v);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append((char) ('๐' + (c - '0')));
        }
        return b.toString();
    }

    /** The k-th amount group of copy i: differs between copies and between groups of one copy. */
    static long group(int i, int k) {
        return Math.floorMod(i * 7919L + k * 104729L, 1000);
    }

    private static byte[] rezip(byte[] zip, int i, String... entries) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bo)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (List.of(entries).contains(e.getName())) {
                    data = vary(new String(data, StandardCharsets.UTF_8), i, e.getName()).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bo.toByteArray();
    }

    private static String vary(String xml, int i, String entry) {
        String number = thaiDigits(i + 1, 1);
        String suffix = " ชุดที่ " + number;
        int[] k = {0};
        switch (entry) {
            case "word/document.xml" -> {
                xml = replaceAll(DOCX_GROUP, xml, m -> m.group(1) + thaiDigits(group(i, k[0]++), 3));
                // the project name: the first run after "ชื่อแผนงาน" that starts "โครงการ "
                int at = xml.indexOf("ชื่อแผนงาน");
                // (a run can end mid-name, so the number goes in front: "โครงการ ชุดที่ n โครงการ…")
                Matcher m = Pattern.compile("<w:t(?: [^>]*)?>โครงการ ").matcher(xml);
                if (at >= 0 && m.find(at)) {
                    xml = xml.substring(0, m.end()) + "ชุดที่ " + number + " " + xml.substring(m.end());
                }
            }
            case "xl/sharedStrings.xml" -> {
                xml = replaceAll(COMMA_GROUP, xml, m -> thaiDigits(group(i, k[0]++), 3));
                // the project name is the string after the "๑. ชื่อแผนงาน/โครงการ" label
                Matcher m = Pattern.compile("ชื่อแผนงาน/โครงการ</t></si><si><t[^>]*>([^<]*?)(</t>)").matcher(xml);
                if (m.find()) {
                    xml = xml.substring(0, m.start(2)) + suffix + xml.substring(m.start(2));
                }
            }
            default -> xml = replaceAll(XLSX_NUMBER, xml, m -> {
                String v = m.group(2);
                return m.group(1) + v.substring(0, v.length() - 3) + String.format("%03d", group(i, k[0]++)) + m.group(3);
            });
        }
        return xml;
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** One drawn glyph: which string, which byte, what it reads as, in which font. */
    private record Glyph(COSString string, int index, String unicode, PDFont font) {
    }

    private static byte[] pdf(byte[] bytes, int i) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int[] k = {0};
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                List<Glyph> glyphs = new ArrayList<>();
                PDFont font = null;
                List<Object> operands = new ArrayList<>();
                for (Object t : tokens) {
                    if (t instanceof Operator op) {
                        if ("Tf".equals(op.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName fn) {
                            font = page.getResources().getFont(fn);
                        } else if (font != null && ("Tj".equals(op.getName()) || "TJ".equals(op.getName())
                                || "'".equals(op.getName()) || "\"".equals(op.getName()))) {
                            for (Object o : operands) {
                                collect(o, font, glyphs);
                            }
                        }
                        operands.clear();
                    } else {
                        operands.add(t);
                    }
                }
                StringBuilder text = new StringBuilder();
                for (Glyph g : glyphs) {
                    text.append(g.unicode().length() == 1 ? g.unicode() : "\u0000");
                }
                Matcher m = COMMA_GROUP.matcher(text);
                while (m.find()) {
                    String target = thaiDigits(group(i, k[0]++), 3);
                    for (int j = 0; j < 3; j++) {
                        Glyph g = glyphs.get(m.start() + j);
                        Integer code = codeOf(g.font(), target.charAt(j));
                        if (code != null) {
                            byte[] b = g.string().getBytes().clone();
                            b[g.index()] = (byte) (int) code;
                            g.string().setValue(b);
                        }
                    }
                }
                PDStream stream = new PDStream(doc);
                try (var os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(tokens);
                }
                page.setContents(stream);
            }
            COSArray id = new COSArray();
            id.add(new COSString("bench-" + i));
            id.add(new COSString("bench-" + i));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void collect(Object o, PDFont font, List<Glyph> glyphs) throws IOException {
        if (o instanceof COSString s) {
            byte[] b = s.getBytes();
            for (int j = 0; j < b.length; j++) {     // LibreOffice embeds simple TrueType subsets: one byte a glyph
                String u = font.toUnicode(b[j] & 0xff);
                glyphs.add(new Glyph(s, j, u == null ? "" : u, font));
            }
        } else if (o instanceof COSArray a) {
            for (int j = 0; j < a.size(); j++) {
                collect(a.getObject(j), font, glyphs);
            }
        }
    }

    private static final Map<PDFont, Map<Character, Integer>> CODES = new java.util.IdentityHashMap<>();

    private static Integer codeOf(PDFont font, char digit) throws IOException {
        Map<Character, Integer> codes = CODES.get(font);
        if (codes == null) {
            codes = new HashMap<>();
            for (int c = 0; c < 256; c++) {
                String u = font.toUnicode(c);
                if (u != null && u.length() == 1) {
                    codes.putIfAbsent(u.charAt(0), c);
                }
            }
            CODES.put(font, codes);
        }
        Integer c = codes.get(digit);
        if (c == null) {            // digit not in the subset: keep an available digit, same position
            return codes.entrySet().stream().filter(e -> e.getKey() >= '๐' && e.getKey() <= '๙')
                    .map(Map.Entry::getValue).skip(Math.max(0, digit - '๐') % Math.max(1, countDigits(codes)))
                    .findFirst().orElse(null);
        }
        return c;
    }

    private static long countDigits(Map<Character, Integer> codes) {
        return codes.keySet().stream().filter(ch -> ch >= '๐' && ch <= '๙').count();
    }
}

package th.planning.reports.reading;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import th.planning.reports.document.Block;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;

/**
 * Reads a PDF's text layer, one Paragraph per visual line, pages in order, lines top to bottom.
 *
 * <p>Lines are built here from PDFBox's glyph positions rather than by PDFTextStripper's own
 * layout, because that layout breaks Thai: a tone mark or above/below vowel sits at its own
 * height and x position, so position sorting can move it onto another line or before its
 * consonant, and its zero width makes the gap to the next glyph look like a word space. Here
 * every combining mark is attached to the glyph it follows in the content stream (the order the
 * producer wrote: base, then marks), lines are grouped by the base glyphs' baselines, and a space
 * is inserted only where the gap between two base glyphs is wider than a fraction of the font size
 * and the PDF has no space of its own there.
 *
 * <p>The file is read through a buffered random-access file with a capped memory stream cache
 * (the rest spills to a temp file), never loaded whole into the heap.
 */
public final class PdfReader implements DocumentReader {

    /** Main-memory cap for PDFBox's stream cache per open document. */
    static final long MEMORY_LIMIT = 64L * 1024 * 1024;

    /** A gap wider than this fraction of the font size between two glyphs is a word space. */
    static final float SPACE_GAP = 0.2f;

    /** Baselines closer than this fraction of the font size are one line. */
    static final float LINE_TOLERANCE = 0.4f;

    private final UnaryOperator<String> canonicalizer;

    public PdfReader(UnaryOperator<String> canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    @Override
    public Document read(Path file) {
        List<String> lines = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_LIMIT).streamCache)) {
            LineCollector collector = new LineCollector(lines);
            collector.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("password-protected", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt pdf: " + OfficePackages.reason(e), e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("corrupt pdf: " + OfficePackages.reason(e), e);
        }
        List<Block> blocks = new ArrayList<>(lines.size());
        boolean anyText = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                anyText = true;
                blocks.add(new Paragraph(canonicalizer.apply(line)));
            }
        }
        if (!anyText) {
            throw new UnreadableDocumentException("no text layer (scanned PDF?)");
        }
        return new Document(DocumentFormat.PDF, blocks);
    }

    /** A base glyph with the combining marks that follow it. */
    static final class Cluster {
        final float x;
        final float y;
        final float width;
        final float fontSize;
        final StringBuilder text;

        Cluster(TextPosition p, String unicode) {
            this.x = p.getXDirAdj();
            this.y = p.getYDirAdj();
            this.width = p.getWidthDirAdj();
            float size = p.getFontSizeInPt();
            this.fontSize = size > 0 ? size : Math.max(1f, p.getHeightDir());
            this.text = new StringBuilder(unicode);
        }

        float end() {
            return x + width;
        }
    }

    /** Collects each page's glyphs in content-stream order and turns them into lines. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<String> lines;
        private final List<Cluster> page = new ArrayList<>();
        private TextPosition previous;

        LineCollector(List<String> lines) {
            this.lines = lines;
            setSortByPosition(false);
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            writeText(doc, Writer.nullWriter());
            return "";
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page.clear();
            previous = null;
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                return;
            }
            if (previous != null && isDuplicate(previous, p)) {
                return; // fake bold: the same glyph drawn twice on top of itself
            }
            previous = p;
            if (isCombining(u.charAt(0)) && !page.isEmpty()) {
                Cluster last = page.get(page.size() - 1);
                if (belongsTo(last, p)) {
                    last.text.append(u);
                    return;
                }
            }
            page.add(new Cluster(p, u));
        }

        @Override
        protected void endPage(PDPage pdPage) {
            buildLines(page, lines);
            page.clear();
        }
    }

    static boolean isDuplicate(TextPosition a, TextPosition b) {
        return a.getUnicode().equals(b.getUnicode())
                && Math.abs(a.getXDirAdj() - b.getXDirAdj()) < 0.5f
                && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f
                && a.getWidthDirAdj() > 0;
    }

    /** Whether a mark glyph sits over or next to the cluster before it (not on another line). */
    static boolean belongsTo(Cluster base, TextPosition mark) {
        float size = base.fontSize;
        float mx = mark.getXDirAdj();
        return Math.abs(mark.getYDirAdj() - base.y) <= size
                && mx >= base.x - size * 0.6f
                && mx <= base.end() + size * 0.6f;
    }

    /** Thai above/below vowels and tone marks, and other non-spacing marks. */
    static boolean isCombining(char c) {
        if (c >= '\u0E00' && c <= '\u0E7F') {
            return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Groups clusters into lines by baseline, orders each line left to right, and spaces words. */
    static void buildLines(List<Cluster> clusters, List<String> out) {
        if (clusters.isEmpty()) {
            return;
        }
        List<Cluster> byY = new ArrayList<>(clusters);
        byY.sort(Comparator.comparingDouble(c -> c.y)); // stable: stream order kept within a baseline
        List<Cluster> line = new ArrayList<>();
        float lineY = byY.get(0).y;
        float lineSize = byY.get(0).fontSize;
        for (Cluster c : byY) {
            if (!line.isEmpty() && c.y - lineY > LINE_TOLERANCE * Math.min(lineSize, c.fontSize)) {
                out.add(lineText(line));
                line.clear();
            }
            if (line.isEmpty()) {
                lineY = c.y;
                lineSize = c.fontSize;
            }
            line.add(c);
        }
        if (!line.isEmpty()) {
            out.add(lineText(line));
        }
    }

    static String lineText(List<Cluster> line) {
        line.sort(Comparator.comparingDouble(c -> c.x));
        StringBuilder sb = new StringBuilder(line.size() + 8);
        Cluster prev = null;
        for (Cluster c : line) {
            if (prev != null && sb.length() > 0) {
                float gap = c.x - prev.end();
                boolean spaced = Character.isWhitespace(sb.charAt(sb.length() - 1))
                        || Character.isWhitespace(c.text.charAt(0));
                if (!spaced && gap > SPACE_GAP * Math.min(prev.fontSize, c.fontSize)) {
                    sb.append(' ');
                }
            }
            sb.append(c.text);
            prev = c;
        }
        return collapseSpaces(sb);
    }

    /** Runs of spaces (from space glyphs and positioning) as one; no spaces at the ends. */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\u00A0' || ch == '\t') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }
}

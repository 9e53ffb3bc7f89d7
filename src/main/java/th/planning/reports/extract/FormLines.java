package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Document;
import th.planning.reports.thai.ThaiNumbers;

/**
 * The document as a list of cleaned lines, each with a matching key (Thai digits as Arabic), plus the
 * section-number tests the extractor needs. Typing habits that carry no meaning (bullets, markdown
 * emphasis, runs of spaces, tabs between cells) are removed here once, so the extractor sees one
 * spelling of each line.
 */
final class FormLines {

    /** "๙." or "10)" at the start of a line, not followed by a digit (so "๙.๑" is not section ๙). */
    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2})\\s*[.)](?!\\s*\\d)\\s*");
    /** "๙.๑", "๑๔.๒", "9 . 3" at the start of a line. */
    private static final Pattern SUBSECTION = Pattern.compile("^(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)[.)]?\\s*");
    /**
     * Bullets and markdown a line may start with: list bullets (also Word's Symbol-font bullet, a
     * Private Use Area character such as U+F0B7 when a PDF has no Unicode for it), "- ", "#", "**".
     * Checkbox glyphs are not bullets: the reporting-period checklist needs them.
     */
    private static final Pattern LEADING_MARKUP =
            Pattern.compile("^(?:#{1,6}\\s+|-\\s+(?=\\S)|[•◦‣⁃*▪➢►◆❖➤→\\uE000-\\uF8FF]\\s*(?=\\S)|\\*\\*)+");

    /**
     * LEADING_MARKUP less the dash, for the lines of a table cell. A "- " inside a cell was typed (a Word
     * list's own bullet is not text: the docx reader gives none, a PDF shows it as "•" or a symbol glyph,
     * both still removed), and the PDF wraps a dash typed mid-paragraph ("… ครั้ง - IOS …") to a line
     * start where the docx has it mid-line: dropping it there would make the formats disagree.
     */
    private static final Pattern CELL_MARKUP =
            Pattern.compile("^(?:#{1,6}\\s+|[•◦‣⁃*▪➢►◆❖➤→\\uE000-\\uF8FF]\\s*(?=\\S)|\\*\\*)+");

    /** A list bullet ("- ", "•", Word's Symbol bullet): the line starts an item of its own. */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:\\*\\*)?\\s*(?:-\\s+(?=\\S)|[•◦‣⁃▪➢►◆❖➤→\\uE000-\\uF8FF])");

    /**
     * A cleaned line, its matching key, the index of the document block it came from, its index among
     * that block's lines (a table's non-blank rows), and whether it was bulleted.
     */
    record Line(String text, String key, int block, int part, boolean bulleted) {
    }

    private final List<Line> lines;
    private final List<th.planning.reports.document.Block> blocks;

    FormLines(Document document) {
        List<Line> out = new ArrayList<>();
        List<th.planning.reports.document.Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> raws = blocks.get(b).lines();
            for (int k = 0; k < raws.size(); k++) {
                String raw = raws.get(k);
                String text = clean(raw);
                if (!text.isEmpty()) {
                    out.add(new Line(text, ThaiNumbers.toArabicDigits(text), b, k, BULLET.matcher(raw).find()));
                }
            }
        }
        this.lines = List.copyOf(out);
        this.blocks = blocks;
    }

    static String clean(String raw) {
        String s = collapseSpaces(raw);
        s = LEADING_MARKUP.matcher(s).replaceFirst("");
        s = s.replace("**", "");
        return collapseSpaces(s);
    }

    /** A line of a table cell, cleaned as {@link #clean} but keeping a typed leading "- " (see CELL_MARKUP). */
    static String cleanCell(String raw) {
        String s = collapseSpaces(raw);
        s = CELL_MARKUP.matcher(s).replaceFirst("");
        s = s.replace("**", "");
        return collapseSpaces(s);
    }

    /** Tabs, no-break spaces and runs of spaces become one space; ends trimmed. */
    static String collapseSpaces(String s) {
        if (collapsed(s)) {
            return s; // most lines already are: no copy (every line and cell passes here twice)
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean collapsed(String s) {
        int n = s.length();
        return n == 0 || s.charAt(0) != ' ' && s.charAt(n - 1) != ' ' && s.indexOf("  ") < 0
                && s.indexOf('\t') < 0 && s.indexOf('\u00A0') < 0 && s.indexOf('\u2007') < 0
                && s.indexOf('\u202F') < 0 && s.indexOf('\u3000') < 0; // indexOf: vectorised by the JIT
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    String text(int i) {
        return lines.get(i).text();
    }

    /** True when the line was typed as a list item (its bullet is removed from text()). */
    boolean bulleted(int i) {
        return lines.get(i).bulleted();
    }

    /** Index in Document.blocks() of the block line i came from (tables are read as blocks). */
    int block(int i) {
        return lines.get(i).block();
    }

    /** Index of line i among its block's lines (for a table: among its non-blank rows). */
    int part(int i) {
        return lines.get(i).part();
    }

    /**
     * Where in the file line i was read: its paragraph's locator, or its table row's (the part-th of the
     * table's non-blank rows, as {@link th.planning.reports.document.Table#lines()} counts them).
     */
    Where where(int i) {
        Line line = lines.get(i);
        th.planning.reports.document.Block b = blocks.get(line.block());
        if (b instanceof th.planning.reports.document.Paragraph p) {
            return p.where();
        }
        int k = 0;
        for (th.planning.reports.document.Row row : ((th.planning.reports.document.Table) b).rows()) {
            if (!row.text().isBlank() && k++ == line.part()) {
                return row.where();
            }
        }
        return null;
    }

    String key(int i) {
        return lines.get(i).key();
    }

    /** The top-level section number a line starts with, or -1. */
    int sectionNumber(int i) {
        Matcher m = SECTION.matcher(key(i));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** "9.1" → {9, 1} for a line that starts with a sub-section number, else null. */
    int[] subsectionNumber(int i) {
        Matcher m = SUBSECTION.matcher(key(i));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** The line's text without its leading section or sub-section number. */
    String withoutNumber(int i) {
        String text = text(i);
        Matcher sub = SUBSECTION.matcher(key(i));
        if (sub.find()) {
            return text.substring(sub.end()).strip();
        }
        Matcher sec = SECTION.matcher(key(i));
        if (sec.find()) {
            return text.substring(sec.end()).strip();
        }
        return text;
    }
}

package th.planning.reports.support;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A seed report written as a Word file by POI's XWPF (not by LibreOffice from Flat ODT, as sample-input's
 * builder does), laid out as another office program lays the form out:
 * <ul>
 *   <li>a two-row header with its first cell merged down ({@code vMerge}) and a year cell merged across the
 *       columns under it ({@code gridSpan}); the header rows typed again half-way down every table of five
 *       body rows or more, as where a table was pasted in two pieces, and marked to repeat on every page or not;
 *   <li>a row with words in its first cell only (a kind label "เชิงปริมาณ :", the project's name over its
 *       activities, a group "กิจกรรมที่ ๑ …") as one cell across the table, and a first cell left empty under
 *       another (the rows of one packed indicator cell) merged down into the cell above;
 *   <li>narrow value columns (the name column takes 55 % of the width), so targets and periods wrap, and one
 *       font throughout: Garuda 14 pt or Laksaman 16 pt, A4.
 * </ul>
 * Converted to PDF and .doc by LibreOffice headless, the same file gives the PDFs whose cells wrap and
 * whose tables break across pages.
 */
public final class OtherLayoutWord {

    /** A font and its size in points. */
    public record Font(String family, int points) {
        public static final Font GARUDA_14 = new Font("Garuda", 14);
        public static final Font LAKSAMAN_16 = new Font("Laksaman", 16);
    }

    /** A4 width less 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 2 * 1134;
    private static final int REPEAT_AT_BODY_ROWS = 5;
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+");
    private static final Pattern QUARTER_4 = Pattern.compile("สิ้นไตรมาส\\s*๔\\s*\\(");
    private static final Pattern QUARTER = Pattern.compile("สิ้นไตรมาส\\s*[๑-๔]\\s*\\(");

    private OtherLayoutWord() {
    }

    /**
     * Writes the report; {@code repeatHeader} marks each table's header rows to repeat on every page (so a
     * PDF has the header again above a table's rest), else the rest of a table goes on under no header.
     */
    public static void docx(Path file, List<String> lines, Font font, boolean repeatHeader) throws Exception {
        docx(file, lines, font, repeatHeader, true);
    }

    /** As above; {@code ruled} false draws no cell borders (a PDF of it has no ruling lines to find cells by). */
    public static void docx(Path file, List<String> lines, Font font, boolean repeatHeader, boolean ruled)
            throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            page(doc);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (line.contains("\t")) {
                    int end = i;
                    while (end < lines.size() && lines.get(end).contains("\t")) {
                        end++;
                    }
                    table(doc, lines.subList(i, end), font, repeatHeader, ruled);
                    i = end - 1;
                    continue;
                }
                // a markdown hard break (two spaces at the end) keeps the next line in the paragraph
                List<String> parts = new ArrayList<>();
                parts.add(line);
                while (line.endsWith("  ") && i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                        && !lines.get(i + 1).contains("\t")) {
                    line = lines.get(++i);
                    parts.add(line);
                }
                XWPFParagraph p = doc.createParagraph();
                for (int k = 0; k < parts.size(); k++) {
                    String text = paragraphText(parts.get(k), k == 0);
                    run(p, text, font, k > 0);
                }
            }
            doc.write(out);
        }
    }

    private static String paragraphText(String raw, boolean first) {
        String s = raw.strip();
        if (first) {
            s = HEADING.matcher(s).replaceFirst("");
            s = BULLET.matcher(s).replaceFirst("");
            if (QUARTER.matcher(s).find() && s.length() < 120) {
                // the tick the seed text lost: these are the reports at the end of quarter ๔
                s = (QUARTER_4.matcher(s).find() ? "☑ " : "☐ ") + s;
            }
        }
        return inline(s);
    }

    /** Markdown bold, backslash escapes and HTML tags of a paragraph as plain text. */
    private static String inline(String s) {
        return s.replace("**", "").replaceAll("\\\\([_*\\\\#\\-.()\\[\\]])", "$1").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }

    private static void run(XWPFParagraph p, String text, Font font, boolean breakBefore) {
        XWPFRun r = p.createRun();
        if (breakBefore) {
            r.addBreak();
        }
        r.setText(text);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(font.family());
        fonts.setHAnsi(font.family());
        fonts.setCs(font.family());
        fonts.setEastAsia(font.family());
        BigInteger halfPoints = BigInteger.valueOf(2L * font.points());
        pr.addNewSz().setVal(halfPoints);
        pr.addNewSzCs().setVal(halfPoints);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        for (BigInteger v : new BigInteger[] {BigInteger.valueOf(1134)}) {
            mar.setLeft(v);
            mar.setRight(v);
            mar.setTop(v);
            mar.setBottom(v);
        }
    }

    /** A run of tab-separated seed lines as one Word table in this layout. */
    private static void table(XWPFDocument doc, List<String> raw, Font font, boolean repeatHeader, boolean ruled) {
        int cols = raw.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
        List<String[]> rows = new ArrayList<>();
        for (String l : raw) {
            String[] cells = Arrays.copyOf(l.split("\t", -1), cols);
            for (int c = 0; c < cols; c++) {
                cells[c] = cells[c] == null ? "" : cells[c];
            }
            rows.add(cells);
        }
        int headerRows = rows.size() > 1 && rows.get(1)[0].isBlank() && !rows.get(0)[0].isBlank()
                && rows.get(0)[0].strip().startsWith("ตัวชี้วัด") ? 2 : 1;
        if (!isHeader(rows.get(0))) {
            headerRows = 0;
        }
        List<String[]> header = rows.subList(0, headerRows);
        List<String[]> body = rows.subList(headerRows, rows.size());
        // the header typed again half-way down, never between a cell merged down and the rows under it
        int half = body.size() >= REPEAT_AT_BODY_ROWS && headerRows > 0 ? (body.size() + 1) / 2 : -1;
        while (half > 0 && half < body.size() && body.get(half)[0].isBlank()) {
            half++;
        }
        List<String[]> laid = new ArrayList<>();
        List<Integer> headerRow = new ArrayList<>(); // 0, 1: which header row; -1: a body row
        for (int h = 0; h < headerRows; h++) {
            laid.add(header.get(h));
            headerRow.add(h);
        }
        for (int b = 0; b < body.size(); b++) {
            if (b == half) {
                for (int h = 0; h < headerRows; h++) {
                    laid.add(header.get(h));
                    headerRow.add(h);
                }
            }
            laid.add(body.get(b));
            headerRow.add(-1);
        }
        int n = laid.size();
        boolean[] onlyFirst = new boolean[n];
        for (int r = 0; r < n; r++) {
            String[] cells = laid.get(r);
            onlyFirst[r] = headerRow.get(r) < 0 && cols > 1 && !cells[0].isBlank()
                    && Arrays.stream(cells, 1, cols).allMatch(String::isBlank);
        }
        // a body row's empty first cell under a body row's filled one (not one across the table): merged down
        boolean[] restart = new boolean[n];
        boolean[] cont = new boolean[n];
        for (int r = 1; r < n; r++) {
            if (headerRow.get(r) >= 0 || !laid.get(r)[0].isBlank()) {
                continue;
            }
            int top = r - 1;
            while (top >= 0 && headerRow.get(top) < 0 && laid.get(top)[0].isBlank() && cont[top]) {
                top--;
            }
            if (top >= 0 && headerRow.get(top) < 0 && !laid.get(top)[0].isBlank() && !onlyFirst[top]) {
                restart[top] = true;
                cont[r] = true;
            }
        }

        XWPFTable t = doc.createTable();
        CTTblPr tblPr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblWidth w = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        if (!ruled) {
            t.removeBorders();
        }
        int[] widths = widths(cols);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < n; r++) {
            String[] cells = laid.get(r);
            int head = headerRow.get(r);
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            while (row.getCtRow().sizeOfTcArray() > 0) {
                row.removeCell(0);
            }
            if (repeatHeader && head >= 0 && r < headerRows) {
                row.setRepeatHeader(true);
            }
            if (onlyFirst[r]) {
                cell(row, cells[0], cols, null, widths, 0, font);
                continue;
            }
            int c = 0;
            while (c < cols) {
                int span = 1;
                STMerge.Enum vMerge = null;
                if (head == 0 && headerRows == 2) {
                    while (c + span < cols && !cells[c].isBlank() && cells[c + span].isBlank()) {
                        span++;
                    }
                    if (c == 0) {
                        span = 1;
                        vMerge = STMerge.RESTART;
                    }
                } else if (head == 1 && c == 0) {
                    vMerge = STMerge.CONTINUE;
                } else if (c == 0 && restart[r]) {
                    vMerge = STMerge.RESTART;
                } else if (c == 0 && cont[r]) {
                    vMerge = STMerge.CONTINUE;
                }
                cell(row, vMerge == STMerge.CONTINUE ? "" : cells[c], span, vMerge, widths, c, font);
                c += span;
            }
        }
        doc.createParagraph(); // Word keeps two tables in a row apart only with a paragraph between them
    }

    private static boolean isHeader(String[] row) {
        String first = row[0].replaceAll("<[^>]+>", "").strip();
        return (first.startsWith("ตัวชี้วัด") || first.startsWith("กิจกรรม")) && !first.startsWith("กิจกรรมที่");
    }

    private static int[] widths(int cols) {
        int[] w = new int[cols];
        if (cols == 1) {
            w[0] = TEXT_WIDTH;
            return w;
        }
        w[0] = TEXT_WIDTH * 55 / 100;
        for (int c = 1; c < cols; c++) {
            w[c] = (TEXT_WIDTH - w[0]) / (cols - 1);
        }
        return w;
    }

    private static void cell(XWPFTableRow row, String raw, int span, STMerge.Enum vMerge, int[] widths, int col, Font font) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int k = col; k < col + span && k < widths.length; k++) {
            width += widths[k];
        }
        CTTblWidth tcW = pr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (vMerge != null) {
            pr.addNewVMerge().setVal(vMerge);
        }
        List<String> paragraphs = cellParagraphs(raw);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        for (int k = 0; k < paragraphs.size(); k++) {
            XWPFParagraph p = k == 0 ? first : cell.addParagraph();
            run(p, paragraphs.get(k), font, false);
        }
    }

    /** A seed cell's HTML as paragraphs: one per {@code <p>}, {@code <li>} or line break. */
    static List<String> cellParagraphs(String raw) {
        String text = raw.replaceAll("(?i)</p>\\s*<p>|<br\\s*/?>|<li>|</li>", "\n").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }
}

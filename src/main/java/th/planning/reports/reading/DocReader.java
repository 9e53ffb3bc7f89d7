package th.planning.reports.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * Reads a legacy Word 97-2003 .doc (POI HWPF): paragraphs in order, top-level tables as tables
 * (nested tables are flattened into their cell's text; a merged cell is one cell with its spans, as the
 * docx reader gives it), field codes stripped, soft line breaks as '\n'.
 */
public final class DocReader implements DocumentReader {

    private final UnaryOperator<String> canonicalizer;

    public DocReader(UnaryOperator<String> canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    @Override
    public Document read(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() >= 1) {
                    org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                    blocks.add(table(t));
                    int end = t.getEndOffset();
                    while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) {
                        i++;
                    }
                    continue;
                }
                String text = clean(p.text());
                if (!text.isEmpty()) {
                    blocks.add(new Paragraph(canonicalizer.apply(text)));
                }
            }
            return new Document(DocumentFormat.DOC, th.planning.reports.document.Where.numbered(blocks));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("password-protected", e);
        } catch (IOException e) {
            throw OfficePackages.ioFailure("doc", e);
        } catch (RuntimeException e) {
            throw OfficePackages.failure(file, "doc", e);
        }
    }

    /**
     * A .doc table in the model's terms: each cell's colSpan is the number of column boundaries it spans
     * (every cell edge of the table is one, as Word lays a merged cell out as one wider cell), a cell merged
     * down is kept once with its rowSpan (its continuations are not cells), and a legacy horizontal merge
     * widens the cell it continues.
     */
    private Table table(org.apache.poi.hwpf.usermodel.Table t) {
        List<Integer> xs = columnEdges(t);
        List<List<CellBuilder>> rows = new ArrayList<>(t.numRows());
        java.util.Map<Integer, CellBuilder> mergedDown = new java.util.HashMap<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<CellBuilder> cells = new ArrayList<>(row.numCells());
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = edge(xs, cell.getLeftEdge());
                int to = Math.max(from + 1, edge(xs, cell.getLeftEdge() + cell.getWidth()));
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && mergedDown.containsKey(from)) {
                    mergedDown.get(from).rowSpan++;
                    continue;
                }
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    cells.get(cells.size() - 1).colSpan += to - from;
                    continue;
                }
                List<Block> content = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    String text = clean(cell.getParagraph(k).text());
                    if (!text.isEmpty()) {
                        content.add(new Paragraph(canonicalizer.apply(text)));
                    }
                }
                CellBuilder b = new CellBuilder(content, to - from);
                cells.add(b);
                for (int k = from; k < to; k++) {
                    mergedDown.remove(k);
                }
                if (cell.isFirstVerticallyMerged()) {
                    mergedDown.put(from, b);
                }
            }
            rows.add(cells);
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (List<CellBuilder> row : rows) {
            out.add(new Row(row.stream().map(b -> new Cell(b.content, b.colSpan, b.rowSpan, null)).toList()));
        }
        return new Table(out);
    }

    /** Cell edges closer than this (twips) are one column boundary. */
    private static final int EDGE_TOLERANCE = 30;

    /** Every left and right cell edge of the table, left to right, near ones as one. */
    private static List<Integer> columnEdges(org.apache.poi.hwpf.usermodel.Table t) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> xs = new ArrayList<>();
        for (int x : all) {
            if (xs.isEmpty() || x - xs.get(xs.size() - 1) > EDGE_TOLERANCE) {
                xs.add(x);
            }
        }
        return xs;
    }

    /** The index of the column boundary nearest x. */
    private static int edge(List<Integer> xs, int x) {
        int best = 0;
        for (int i = 1; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - x) < Math.abs(xs.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    private static final class CellBuilder {
        final List<Block> content;
        int colSpan;
        int rowSpan = 1;

        CellBuilder(List<Block> content, int colSpan) {
            this.content = content;
            this.colSpan = Math.max(1, colSpan);
        }
    }

    /** Paragraph text without field codes and Word's control characters. */
    static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\u000B' -> sb.append('\n'); // soft line break
                case '\t' -> sb.append('\t');
                case '\r', '\u0007', '\u000C', '\u0001', '\u0008', '\u0013', '\u0014', '\u0015' -> {
                    // paragraph / cell marks, page break, embedded objects, field markers
                }
                case '\u001E' -> sb.append('-'); // non-breaking hyphen
                case '\u001F' -> {
                    // optional hyphen
                }
                default -> {
                    if (ch >= ' ' || ch == '\n') {
                        sb.append(ch);
                    }
                }
            }
        }
        return DocxReader.trimParagraph(sb);
    }
}

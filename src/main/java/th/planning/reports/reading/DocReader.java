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
 * (nested tables are flattened into their cell's text; merged cells are not detected), field codes
 * stripped, soft line breaks as '\n'.
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
            return new Document(DocumentFormat.DOC, blocks);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("password-protected", e);
        } catch (IOException e) {
            throw OfficePackages.ioFailure("doc", e);
        } catch (RuntimeException e) {
            throw OfficePackages.failure(file, "doc", e);
        }
    }

    private Table table(org.apache.poi.hwpf.usermodel.Table t) {
        List<Row> rows = new ArrayList<>(t.numRows());
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<Cell> cells = new ArrayList<>(row.numCells());
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    continue;
                }
                List<Block> content = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    String text = clean(cell.getParagraph(k).text());
                    if (!text.isEmpty()) {
                        content.add(new Paragraph(canonicalizer.apply(text)));
                    }
                }
                cells.add(new Cell(content, 1, 1, null));
            }
            rows.add(new Row(cells));
        }
        return new Table(rows);
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

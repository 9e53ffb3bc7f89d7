package th.planning.reports.reading;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * Reads every sheet of an .xlsx or .xls workbook, rows in order, into paragraphs and tables.
 *
 * <ul>
 *   <li>Cell text is the value as Excel shows it (POI's DataFormatter with the cell's format), a
 *       formula cell's cached value (formulas are never evaluated).
 *   <li>A numeric cell also carries its number exactly as Excel holds it: the double rounded to
 *       15 significant digits (Excel's own precision), so 0.1+0.2 is 0.3, not 0.30000000000000004.
 *       Date-formatted cells carry no number.
 *   <li>A merged region is one cell with colSpan/rowSpan at its top-left; covered cells are omitted.
 *   <li>Layout: consecutive table rows are one Table, and an empty row ends a table. A table row is
 *       a row with two or more non-empty cells, or a row drawn as a table row: two or more of its
 *       cells (counting those a merge covers) have a border, as a row of an activity table whose
 *       result cell is empty, or whose only text is a result continued from the previous page, has.
 *       A row with one non-empty cell also continues a table when a vertical merge from the row
 *       above still covers part of it. Any other row with text is a Paragraph.
 * </ul>
 */
public final class SpreadsheetReader implements DocumentReader {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final UnaryOperator<String> canonicalizer;

    public SpreadsheetReader(UnaryOperator<String> canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    @Override
    public Document read(Path file) {
        DocumentFormat format = FormatDetector.detect(file);
        if (format != DocumentFormat.XLSX && format != DocumentFormat.XLS) {
            throw new UnreadableDocumentException("not an Excel file (a " + format.label() + " file)");
        }
        return read(file, format);
    }

    Document read(Path file, DocumentFormat format) {
        String kind = format.label();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(Locale.US);
            List<Block> blocks = new ArrayList<>();
            for (Sheet sheet : wb) {
                readSheet(sheet, formatter, blocks);
            }
            return new Document(format, blocks);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("password-protected", e);
        } catch (IOException e) {
            throw OfficePackages.ioFailure(kind, e);
        } catch (RuntimeException e) {
            throw OfficePackages.failure(file, kind, e);
        }
    }

    private void readSheet(Sheet sheet, DataFormatter formatter, List<Block> out) {
        Map<Long, CellRangeAddress> mergeStarts = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        Set<Long> coveredFromAboveCells = new HashSet<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            mergeStarts.put(key(r.getFirstRow(), r.getFirstColumn()), r);
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    if (row != r.getFirstRow() || col != r.getFirstColumn()) {
                        covered.add(key(row, col));
                    }
                    if (row != r.getFirstRow()) {
                        coveredFromAboveCells.add(key(row, col));
                    }
                }
            }
        }
        List<Row> table = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            int nonEmpty = 0;
            int bordered = 0;
            boolean coveredFromAbove = false;
            String single = null;
            if (row != null && row.getLastCellNum() > 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    long k = key(r, c);
                    if (hasBorder(row.getCell(c))) {
                        bordered++;
                    }
                    if (covered.contains(k)) {
                        coveredFromAbove |= coveredFromAboveCells.contains(k);
                        continue;
                    }
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                    String text = cell == null ? "" : text(cell, formatter);
                    BigDecimal number = cell == null ? null : number(cell);
                    int colSpan = 1;
                    int rowSpan = 1;
                    CellRangeAddress m = mergeStarts.get(k);
                    if (m != null) {
                        colSpan = m.getLastColumn() - m.getFirstColumn() + 1;
                        rowSpan = m.getLastRow() - m.getFirstRow() + 1;
                    }
                    String canonical = text.isEmpty() ? "" : canonicalizer.apply(text);
                    if (!canonical.isBlank()) {
                        nonEmpty++;
                        single = canonical;
                    }
                    List<Block> content = canonical.isEmpty() ? List.of() : List.of(new Paragraph(canonical));
                    cells.add(new Cell(content, colSpan, rowSpan, number));
                }
            }
            if (nonEmpty == 0) {
                flush(table, out);
            } else if (nonEmpty >= 2 || bordered >= 2 || (coveredFromAbove && !table.isEmpty())) {
                table.add(new Row(trimTrailingEmpty(cells)));
            } else {
                flush(table, out);
                out.add(new Paragraph(single.strip()));
            }
        }
        flush(table, out);
    }

    private static boolean hasBorder(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return false;
        }
        org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
        return style != null && (style.getBorderLeft() != BorderStyle.NONE || style.getBorderTop() != BorderStyle.NONE
                || style.getBorderRight() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE);
    }

    private static List<Cell> trimTrailingEmpty(List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).content().isEmpty() && cells.get(end - 1).number() == null) {
            end--;
        }
        return end == cells.size() ? cells : cells.subList(0, end);
    }

    private static void flush(List<Row> table, List<Block> out) {
        if (!table.isEmpty()) {
            out.add(new Table(table));
            table.clear();
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The value as shown; a formula cell's cached value. */
    static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
            return switch (type) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> ErrorEval.getText(cell.getErrorCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    /** A numeric (or numeric formula) cell's number, null for text and date cells. */
    static BigDecimal number(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        if (type != CellType.NUMERIC) {
            return null;
        }
        double d = cell.getNumericCellValue();
        if (Double.isNaN(d) || Double.isInfinite(d) || DateUtil.isCellDateFormatted(cell)) {
            return null;
        }
        return exact(d);
    }

    /** The decimal Excel shows for a double: 15 significant digits, no trailing zeros, scale >= 0. */
    static BigDecimal exact(double d) {
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = BigDecimal.valueOf(d).round(EXCEL_PRECISION).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

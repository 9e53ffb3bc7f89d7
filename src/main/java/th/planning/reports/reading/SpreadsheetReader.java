package th.planning.reports.reading;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.xml.sax.SAXException;
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
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;

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
 *   <li>.xlsx is streamed ({@link XlsxSheets}); .xls goes through POI's object model. Both give a
 *       {@link SheetGrid} per sheet, whose layout makes the paragraphs and tables.
 * </ul>
 */
public final class SpreadsheetReader implements DocumentReader {

    private final UnaryOperator<String> canonicalizer;
    private final int maxZipExpansion;

    public SpreadsheetReader(UnaryOperator<String> canonicalizer) {
        this(canonicalizer, ReadingLimits.DEFAULT);
    }

    public SpreadsheetReader(UnaryOperator<String> canonicalizer, ReadingLimits limits) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
        this.maxZipExpansion = limits.maxZipExpansion();
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
        DataFormatter formatter = new DataFormatter(Locale.US);
        List<Block> blocks = new ArrayList<>();
        if (format == DocumentFormat.XLSX) {
            OPCPackage pkg = OfficePackages.open(file, kind, maxZipExpansion);
            try {
                for (SheetGrid sheet : XlsxSheets.read(pkg, formatter)) {
                    sheet.layout(canonicalizer, blocks);
                }
                return new Document(format, blocks);
            } catch (IOException e) {
                throw OfficePackages.ioFailure(kind, e);
            } catch (OpenXML4JException | SAXException e) {
                throw OfficePackages.corrupt(kind, e);
            } catch (RuntimeException e) {
                throw OfficePackages.failure(file, kind, e);
            } finally {
                pkg.revert();
            }
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                grid(sheet, formatter).layout(canonicalizer, blocks);
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

    /** An .xls sheet (POI's object model) as a {@link SheetGrid}. */
    private static SheetGrid grid(Sheet sheet, DataFormatter formatter) {
        SheetGrid grid = new SheetGrid();
        grid.name(sheet.getSheetName());
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            grid.merge(r);
        }
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            grid.row(row.getRowNum());
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                grid.put(row.getRowNum(), cell.getColumnIndex(),
                        new SheetGrid.SheetCell(text(cell, formatter), number(cell), hasBorder(cell)));
            }
        }
        return grid;
    }

    private static boolean hasBorder(org.apache.poi.ss.usermodel.Cell cell) {
        org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
        return style != null && (style.getBorderLeft() != BorderStyle.NONE || style.getBorderTop() != BorderStyle.NONE
                || style.getBorderRight() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE);
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
        return SheetGrid.exact(d);
    }
}

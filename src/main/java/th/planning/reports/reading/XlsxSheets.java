package th.planning.reports.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The worksheets of an .xlsx read by streaming each sheet's XML (POI's event API), not by building
 * POI's workbook object model: the same cells, values and merges as the object model gives, at a
 * fraction of its cost, since the object model parses every shared string and cell into XMLBeans
 * objects first. Values are the cached ones (formulas are never evaluated), shown as Excel shows them.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    /** Every worksheet of the package in workbook order. */
    static List<SheetGrid> read(OPCPackage pkg, DataFormatter formatter)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        List<SheetGrid> sheets = new ArrayList<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                SheetHandler handler = new SheetHandler(strings, styles, formatter);
                handler.grid.name(it.getSheetName());
                XMLReader xml;
                try {
                    xml = XMLHelper.newXMLReader();   // external entities off
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IllegalStateException(e);
                }
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                sheets.add(handler.grid);
            }
        }
        return sheets;
    }

    /** Collects {@code <row>}, {@code <c>} and {@code <mergeCell>} of one sheet. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final DataFormatter formatter;
        private final Map<Integer, XSSFCellStyle> styleCache = new HashMap<>();
        private final Map<Integer, Boolean> borderCache = new HashMap<>();
        final SheetGrid grid = new SheetGrid();

        private int row = -1;
        private int col = -1;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean hasValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, DataFormatter formatter) {
            this.strings = strings;
            this.styles = styles;
            this.formatter = formatter;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    col = -1;
                    grid.row(row);
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref != null ? new CellReference(ref).getCol() : col + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s != null ? Integer.parseInt(s) : 0;
                    value.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;   // phonetic guide runs are not the cell's text
                case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
                case "is" -> hasValue = true;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null) {
                        grid.merge(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> grid.put(row, col, cell());
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        /** The cell just read, as the object model would show it ({@code SpreadsheetReader#text}, {@code #number}). */
        private SheetGrid.SheetCell cell() {
            boolean bordered = bordered(style);
            if (!hasValue) {
                return new SheetGrid.SheetCell("", null, bordered);
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> new SheetGrid.SheetCell(
                        strings.getItemAt(Integer.parseInt(v.strip())).getString(), null, bordered);
                case "inlineStr" -> new SheetGrid.SheetCell(inline.toString(), null, bordered);
                case "str", "d" -> new SheetGrid.SheetCell(v, null, bordered);   // formula text; ISO date as written
                case "b" -> new SheetGrid.SheetCell("1".equals(v.strip()) ? "TRUE" : "FALSE", null, bordered);
                case "e" -> new SheetGrid.SheetCell(v, null, bordered);   // the error's text, "#N/A"
                default -> numeric(v, bordered);
            };
        }

        private SheetGrid.SheetCell numeric(String v, boolean bordered) {
            if (v.isBlank()) {
                return new SheetGrid.SheetCell("", null, bordered);
            }
            double d = Double.parseDouble(v.strip());
            XSSFCellStyle s = style(style);
            short formatIndex = s == null ? 0 : s.getDataFormat();
            String formatString = s == null ? "General" : s.getDataFormatString();
            if (formatString == null) {
                formatString = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            String shown = formatter.formatRawCellContents(d, formatIndex, formatString);
            boolean date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(d);
            BigDecimal number = Double.isNaN(d) || Double.isInfinite(d) || date ? null : SheetGrid.exact(d);
            return new SheetGrid.SheetCell(shown, number, bordered);
        }

        private XSSFCellStyle style(int index) {
            if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
                return null;
            }
            return styleCache.computeIfAbsent(index, styles::getStyleAt);
        }

        private boolean bordered(int index) {
            return borderCache.computeIfAbsent(index, i -> {
                XSSFCellStyle s = style(i);
                return s != null && (s.getBorderLeft() != BorderStyle.NONE || s.getBorderTop() != BorderStyle.NONE
                        || s.getBorderRight() != BorderStyle.NONE || s.getBorderBottom() != BorderStyle.NONE);
            });
        }
    }
}

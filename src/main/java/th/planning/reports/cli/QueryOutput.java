package th.planning.reports.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.duckdb.DuckDBStruct;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * A query's rows as text, one of three formats, each written by a library that knows its quoting:
 * <ul>
 *   <li>{@code tsv}: a header line, then one line per row, cells separated by tabs. NULL is an empty
 *       cell. So that a row is always one line, a backslash, tab, line feed and carriage return inside
 *       a value are written {@code \\}, {@code \t}, {@code \n}, {@code \r} (the convention of
 *       PostgreSQL's {@code COPY} text format and of "linear TSV").</li>
 *   <li>{@code csv}: RFC 4180 (Apache Commons CSV): a header record; a value with a comma, quote or line
 *       break is quoted, quotes doubled. NULL is an empty unquoted field.</li>
 *   <li>{@code json}: one array of objects, a key per column (Jackson): numbers as JSON numbers (money
 *       keeps its two decimals), booleans as booleans, NULL as {@code null}, lists as arrays, structs
 *       as objects, anything else (dates, times, timestamps) as its text.</li>
 * </ul>
 */
final class QueryOutput {

    enum Format { tsv, csv, json }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setNullString("").setRecordSeparator('\n').get();
    // Values are escaped before they reach the printer (see escapeTsv), so it must neither quote nor escape.
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setEscape(null).setNullString("")
            .setTrim(false).setIgnoreSurroundingSpaces(false).setRecordSeparator('\n').get();
    // AUTO_CLOSE_TARGET off: closing the generator must not close the caller's stdout.
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private QueryOutput() {
    }

    /** Writes every row of {@code rs}; {@code out} is flushed, not closed. */
    static void write(ResultSet rs, Format format, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            names.add(md.getColumnLabel(i));
        }
        if (format == Format.json) {
            writeJson(rs, names, out);
        } else {
            writeDelimited(rs, names, format, out);
        }
        out.flush();
    }

    private static void writeDelimited(ResultSet rs, List<String> names, Format format, Writer out)
            throws SQLException, IOException {
        boolean tsv = format == Format.tsv;
        CSVPrinter printer = new CSVPrinter(out, tsv ? TSV : CSV);   // not closed: that would close out
        printer.printRecord(tsv ? names.stream().map(QueryOutput::escapeTsv).toList() : names);
        List<String> row = new ArrayList<>(names.size());
        while (rs.next()) {
            row.clear();
            for (int i = 1; i <= names.size(); i++) {
                String v = text(rs.getObject(i));
                row.add(tsv ? escapeTsv(v) : v);
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** The TSV convention above; null stays null (an empty cell). */
    static String escapeTsv(String v) {
        if (v == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void writeJson(ResultSet rs, List<String> names, Writer out) throws SQLException, IOException {
        // Indented, one key per line: read by people as much as by jq.
        ObjectWriteContext indented = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }
        };
        try (JsonGenerator g = JSON.createGenerator(indented, out)) {
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 1; i <= names.size(); i++) {
                    g.writeName(names.get(i - 1));
                    json(g, rs.getObject(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
    }

    private static void json(JsonGenerator g, Object v) throws SQLException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeString(v.toString());   // NaN and infinities have no JSON number
            }
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Array a) {
            g.writeStartArray();
            for (Object e : (Object[]) a.getArray()) {
                json(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof DuckDBStruct s) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : s.getMap().entrySet()) {
                g.writeName(e.getKey());
                json(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(text(v));
        }
    }

    /** A value as text for tsv and csv, and for the JSON values that have no JSON type. */
    private static String text(Object v) throws SQLException {
        if (v instanceof Blob b) {
            return "\\x" + HexFormat.of().formatHex(b.getBytes(1, (int) b.length()));
        }
        return v == null ? null : v.toString();
    }
}

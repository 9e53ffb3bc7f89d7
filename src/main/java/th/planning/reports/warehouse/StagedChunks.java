package th.planning.reports.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.validate.ValidatedSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extract stage's output on disk: each chunk of read files as one file of JSON lines, a line per
 * file (its ledger fields, what became of it, and for a loaded report its rows for every fact table by
 * column name), named by the hash of its files' hashes, so the same files staged twice (a partition
 * restarted) give the same chunk and not a second one. A chunk is written under a temporary name,
 * forced to disk and renamed, so a chunk seen under its name is whole; the load stage moves it into the
 * warehouse in one transaction and then deletes it.
 *
 * <p>Why JSON lines: the rows are small, mostly Thai text, and read once; Jackson's streaming core is
 * already a dependency (no Arrow or Parquet writer on the runtime path, which needs Hadoop classes for
 * Parquet); a line per file can be read with any tool when a chunk needs looking into; and the column
 * names written with each table let a chunk staged by another version of the tables be told apart
 * instead of loaded into the wrong columns. Decimals are written as text, exactly.
 */
public final class StagedChunks {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonMapper SUMMARY_JSON = JsonMapper.builder().build();
    static final String SUFFIX = ".jsonl";

    private final Path dir;

    public StagedChunks(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A chunk staged by a version whose fact tables had other columns: its files are read again instead. */
    public static final class StaleChunkException extends IOException {
        StaleChunkException(String message) {
            super(message);
        }
    }

    /** Chunks staged and not yet loaded, oldest first. */
    public List<Path> pending() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted((a, b) -> {
                        try {
                            int c = Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                            return c != 0 ? c : a.compareTo(b);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    /** The chunk's name: the hash of its files' paths and hashes, in the chunk's order. */
    static String name(List<Submission> chunk) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Submission s : chunk) {
                md.update((s.file().sha256() + " " + s.file().relativePath() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "chunk-" + HexFormat.of().formatHex(md.digest()).substring(0, 32) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the chunk whole under its name and returns its path. */
    public Path write(List<Submission> chunk) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name(chunk));
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
            java.io.BufferedOutputStream buf = new java.io.BufferedOutputStream(out, 1 << 16);
            for (Submission s : chunk) {
                try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), nonClosing(buf))) {
                    writeSubmission(g, s);
                }
                buf.write('\n');
            }
            buf.flush();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * The chunk's submissions as staged.
     *
     * @param dropFolder where the files' relative paths are resolved (their paths are only named, not read)
     * @throws StaleChunkException when a table's columns are not today's
     */
    public List<Submission> read(Path chunk, Path dropFolder) throws IOException {
        List<Submission> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(chunk, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
                        out.add(readSubmission(p, dropFolder, chunk));
                    }
                }
            }
        }
        return out;
    }

    private static void writeSubmission(JsonGenerator g, Submission s) {
        IncomingFile f = s.file();
        g.writeStartObject();
        g.writeStringProperty("path", f.relativePath());
        g.writeStringProperty("sha256", f.sha256());
        g.writeNumberProperty("size", f.size());
        g.writeStringProperty("modified", f.modified() == null ? null : f.modified().toString());
        g.writeStringProperty("status", s.status().name());
        g.writeStringProperty("format", s.format() == null ? null : s.format().name());
        g.writeStringProperty("reason", s.reason());
        ReportRows rows = s.rows();
        if (rows != null) {
            g.writeName("report");
            g.writeStartObject();
            g.writeStringProperty("agency", rows.agency());
            g.writeStringProperty("project_name", rows.projectName());
            writeInt(g, "fiscal_year_be", rows.fiscalYearBe());
            writeInt(g, "quarter", rows.quarter());
            g.writeStringProperty("period_source", rows.periodSource());
            g.writeStringProperty("text_source", rows.textSource());
            g.writeName("ocr_confidence");
            if (rows.ocrConfidence() == null) {
                g.writeNull();
            } else {
                g.writeNumber(rows.ocrConfidence());
            }
            g.writeName("tables");
            g.writeStartObject();
            for (FactTable<?> t : FactTables.ALL) {
                g.writeName(t.name());
                g.writeStartObject();
                g.writeName("columns");
                g.writeStartArray();
                for (String c : t.columnNames()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeName("rows");
                g.writeStartArray();
                for (Object[] row : rows.rows(t.name())) {
                    g.writeStartArray();
                    for (int i = 0; i < row.length; i++) {
                        writeValue(g, t.columns().get(i).type(), row[i]);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        if (s.summary() != null) {
            // An agency summary workbook (issue 19): its reading as one JSON value, by Jackson's record mapping.
            g.writeStringProperty("summary", SUMMARY_JSON.writeValueAsString(s.summary()));
        }
        g.writeEndObject();
    }

    private static void writeInt(JsonGenerator g, String name, Integer v) {
        g.writeName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    private static void writeValue(JsonGenerator g, ColumnType type, Object v) {
        if (v == null) {
            g.writeNull();
            return;
        }
        switch (type) {
            case BIGINT -> g.writeNumber((Long) v);
            case INTEGER -> g.writeNumber((Integer) v);
            case VARCHAR -> g.writeString((String) v);
            case BOOLEAN -> g.writeBoolean((Boolean) v);
            case DATE -> g.writeString(v.toString());
            case MONEY, PERCENT -> g.writeString(((BigDecimal) v).toPlainString());
            case VARCHAR_LIST -> {
                g.writeStartArray();
                for (Object o : (List<?>) v) {
                    g.writeString((String) o);
                }
                g.writeEndArray();
            }
        }
    }

    private static Submission readSubmission(JsonParser p, Path dropFolder, Path chunk) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String path = null;
        String sha = null;
        long size = 0;
        Instant modified = null;
        Submission.Status status = null;
        DocumentFormat format = null;
        String reason = null;
        ReportRows rows = null;
        ValidatedSummary summary = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "path" -> path = p.getString();
                case "sha256" -> sha = p.getString();
                case "size" -> size = p.getLongValue();
                case "modified" -> modified = p.currentToken() == JsonToken.VALUE_NULL ? null : Instant.parse(p.getString());
                case "status" -> status = Submission.Status.valueOf(p.getString());
                case "format" -> format = p.currentToken() == JsonToken.VALUE_NULL ? null : DocumentFormat.valueOf(p.getString());
                case "reason" -> reason = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getString();
                case "report" -> rows = p.currentToken() == JsonToken.VALUE_NULL ? null : readReport(p, chunk);
                case "summary" -> summary = p.currentToken() == JsonToken.VALUE_NULL ? null
                        : SUMMARY_JSON.readValue(p.getString(), ValidatedSummary.class);
                default -> p.skipChildren();
            }
        }
        if (path == null || sha == null || status == null) {
            throw new IOException("staged chunk " + chunk + ": a line without path, sha256 or status");
        }
        IncomingFile f = new IncomingFile(dropFolder.resolve(path), path, size, modified, sha);
        return new Submission(f, status, format, reason, null, rows, summary);
    }

    private static ReportRows readReport(JsonParser p, Path chunk) throws IOException {
        String agency = null;
        String project = null;
        Integer fy = null;
        Integer q = null;
        String source = null;
        String textSource = null;
        Double ocrConfidence = null;
        Map<String, List<Object[]>> tables = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            boolean nul = t == JsonToken.VALUE_NULL;
            switch (name) {
                case "agency" -> agency = nul ? null : p.getString();
                case "project_name" -> project = nul ? null : p.getString();
                case "fiscal_year_be" -> fy = nul ? null : p.getIntValue();
                case "quarter" -> q = nul ? null : p.getIntValue();
                case "period_source" -> source = nul ? null : p.getString();
                case "text_source" -> textSource = nul ? null : p.getString();
                case "ocr_confidence" -> ocrConfidence = nul ? null : p.getDoubleValue();
                case "tables" -> {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String table = p.currentName();
                        p.nextToken();
                        FactTable<?> def = FactTables.ALL.stream().filter(x -> x.name().equals(table)).findFirst()
                                .orElseThrow(() -> new StaleChunkException("staged chunk " + chunk
                                        + " has rows for " + table + ", which is no fact table now"));
                        tables.put(table, readTable(p, def, chunk));
                    }
                }
                default -> p.skipChildren();
            }
        }
        for (FactTable<?> def : FactTables.ALL) {
            if (!tables.containsKey(def.name())) {
                throw new StaleChunkException("staged chunk " + chunk + " has no rows for " + def.name());
            }
        }
        return new ReportRows(agency, project, fy, q, source, textSource, ocrConfidence, tables);
    }

    private static List<Object[]> readTable(JsonParser p, FactTable<?> def, Path chunk) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("columns")) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    columns.add(p.getString());
                }
                if (!columns.equals(def.columnNames())) {
                    throw new StaleChunkException("staged chunk " + chunk + ": " + def.name() + " staged with columns "
                            + columns + ", now " + def.columnNames());
                }
            } else if (name.equals("rows")) {
                if (columns.isEmpty()) {
                    throw new StaleChunkException("staged chunk " + chunk + ": " + def.name() + "'s rows before its columns");
                }
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    Object[] row = new Object[def.columns().size()];
                    for (int i = 0; i < row.length; i++) {
                        p.nextToken();
                        row[i] = readValue(p, def.columns().get(i).type());
                    }
                    expect(p, JsonToken.END_ARRAY, p.nextToken());
                    rows.add(row);
                }
            } else {
                p.skipChildren();
            }
        }
        return rows;
    }

    private static Object readValue(JsonParser p, ColumnType type) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (type) {
            case BIGINT -> p.getLongValue();
            case INTEGER -> p.getIntValue();
            case VARCHAR -> p.getString();
            case BOOLEAN -> p.getBooleanValue();
            case DATE -> LocalDate.parse(p.getString());
            case MONEY, PERCENT -> new BigDecimal(p.getString());
            case VARCHAR_LIST -> {
                List<String> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(p.getString());
                }
                yield List.copyOf(l);
            }
        };
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        expect(p, token, p.nextToken());
    }

    private static void expect(JsonParser p, JsonToken token, JsonToken actual) throws IOException {
        if (actual != token) {
            throw new IOException("staged chunk: expected " + token + ", found " + actual);
        }
    }
}

package th.planning.reports.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import th.planning.reports.thai.Amounts;
import th.planning.reports.thai.Decimals;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.thai.ValueStatus;

/**
 * An analyst's correction of one figure of one submission, recorded in the append-only
 * {@code correction} table (V014) with who, why and when. The views apply it (v_correction says how);
 * nothing of the submission's own rows changes, so the figure as reported stays beside the corrected one.
 *
 * <p>Each correction is also appended to a journal beside the warehouse file ({@value #JOURNAL}, one
 * line per correction, tab-separated, in the same transaction's shadow: the row is committed only once
 * its line is written). A warehouse rebuilt from the drop folder (a lost warehouse.duckdb) gets its
 * corrections back from it at the end of each run ({@link #replay}): a line whose file (path and
 * content) is loaded again and whose correction is not in the table yet is inserted as it was.
 */
public final class Corrections {

    /** The journal's file name, in the warehouse directory. */
    public static final String JOURNAL = "corrections.tsv";

    /** The fields a correction may change, each with its table. */
    public static final Map<String, String> FIELDS = Map.of(
            "allocated", "fact_budget", "contracted", "fact_budget", "disbursed", "fact_budget",
            "progress_total_pct", "fact_progress", "progress_year_pct", "fact_progress");

    /** A correction the analyst asked for could not be recorded; the message says why (a usage error). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** What was recorded. */
    public record Recorded(long correctionId, long submissionId, String path, String field, BigDecimal asReported,
                           String statusAsReported, BigDecimal corrected, int filesOfTheReport,
                           List<String> findingsAnswered) {
    }

    private Corrections() {
    }

    /**
     * Records a correction of {@code field} of the submission in force that {@code file} is: the file's
     * content when it exists (its SHA-256), else its path in the drop folder or its name when only one
     * file in force has it.
     */
    public static Recorded record(Connection c, Path journal, String file, String field, String value,
                                  String reason, String by) throws SQLException, Refused, IOException {
        String table = FIELDS.get(field);
        if (table == null) {
            throw new Refused("FIELD must be one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList())
                    + ", not " + field);
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("--reason is required: say why the figure is corrected");
        }
        ParsedNumber parsed = field.endsWith("_pct") ? Amounts.parsePercent(value) : Amounts.parseAmount(value);
        Decimals column = field.endsWith("_pct") ? Decimals.PERCENT : Decimals.MONEY;
        if ((parsed.status() != ValueStatus.VALUE && parsed.status() != ValueStatus.NIL)
                || !column.fits(parsed.value())) {
            throw new Refused("VALUE must be a number (" + field + "), not \"" + value + "\"");
        }
        long submission = submission(c, file);
        BigDecimal asReported;
        String status;
        String path;
        String sha;
        try (PreparedStatement ps = c.prepareStatement("SELECT t." + field + ", t." + field.replace("_pct", "")
                + "_status, s.path, s.sha256 FROM submission s JOIN " + table
                + " t USING (submission_id) WHERE s.submission_id = ?")) {
            ps.setLong(1, submission);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                asReported = rs.getBigDecimal(1);
                status = rs.getString(2);
                path = rs.getString(3);
                sha = rs.getString(4);
            }
        }
        long id;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(correction_id), 0) FROM correction")) {
            rs.next();
            id = Math.max(rs.getLong(1), journalMax(journal)) + 1;   // the journal may hold some not replayed yet
        }
        String[] row = {Long.toString(id), path, sha, field, asReported == null ? "" : asReported.toPlainString(),
                status == null ? "" : status, column.stored(parsed.value()).toPlainString(), reason.strip(), by,
                LocalDateTime.now(ZoneOffset.UTC).toString()};
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            insert(c, submission, row);
            String line = String.join("\t", java.util.Arrays.stream(row).map(Corrections::escape).toList()) + "\n";
            Files.writeString(journal, line, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND,
                    java.nio.file.StandardOpenOption.SYNC);
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        int files;
        List<String> answered = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(DISTINCT submission_id) FROM v_correction_applied WHERE correction_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                files = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rule || ' (' || file_name || ')' FROM v_finding WHERE resolved_by_correction_id = ? ORDER BY 1")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answered.add(rs.getString(1));
                }
            }
        }
        return new Recorded(id, submission, path, field, asReported, status, column.stored(parsed.value()), files,
                answered);
    }

    /** One journal line's fields into the table, for {@code submission}. */
    private static void insert(Connection c, long submission, String[] f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO correction VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, Long.parseLong(f[0]));
            ps.setLong(2, submission);
            ps.setString(3, f[1]);
            ps.setString(4, f[2]);
            ps.setString(5, f[3]);
            ps.setBigDecimal(6, f[4].isEmpty() ? null : new BigDecimal(f[4]));
            ps.setString(7, f[5].isEmpty() ? null : f[5]);
            ps.setBigDecimal(8, new BigDecimal(f[6]));
            ps.setString(9, f[7]);
            ps.setString(10, f[8]);
            ps.setObject(11, LocalDateTime.parse(f[9]));
            ps.executeUpdate();
        }
    }

    /**
     * The journal's corrections the table lacks, inserted for the file (path and content) they were
     * made on when it is loaded; a line whose file is not loaded (yet) waits for a later run. A line that
     * cannot be read is named and left alone: it never stops a run.
     *
     * @return the corrections inserted
     */
    public static int replay(Connection c, Path journal) throws SQLException, IOException {
        if (!Files.isRegularFile(journal)) {
            return 0;
        }
        java.util.Set<Long> present = new java.util.HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT correction_id FROM correction")) {
            while (rs.next()) {
                present.add(rs.getLong(1));
            }
        }
        int inserted = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(journal, java.nio.charset.StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                if (f.length != 10 || present.contains(Long.parseLong(f[0]))) {
                    continue;
                }
                List<Long> ids = ids(c, "SELECT submission_id FROM submission WHERE status = 'loaded' AND path = ?"
                        + " AND sha256 = '" + f[2].replaceAll("[^0-9a-f]", "") + "' ORDER BY submission_id DESC", f[1]);
                if (!ids.isEmpty()) {
                    insert(c, ids.get(0), f);
                    present.add(Long.parseLong(f[0]));
                    inserted++;
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Corrections.class).warn("{} line {} is not a correction ({}): left"
                        + " alone", journal, lineNo, e.getMessage());
            }
        }
        return inserted;
    }

    private static long journalMax(Path journal) throws IOException {
        long max = 0;
        if (Files.isRegularFile(journal)) {
            for (String line : Files.readAllLines(journal, java.nio.charset.StandardCharsets.UTF_8)) {
                String first = line.split("\t", 2)[0];
                if (first.matches("[0-9]{1,18}")) {
                    max = Math.max(max, Long.parseLong(first));
                }
            }
        }
        return max;
    }

    /** Tab, line feed, carriage return and backslash escaped as in COPY's text format: one correction a line. */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String IN_FORCE = "status = 'loaded' AND superseded_by IS NULL"
            + " AND submission_id IN (SELECT submission_id FROM fact_budget)";

    /** The report file in force that {@code file} names. */
    private static long submission(Connection c, String file) throws SQLException, Refused, IOException {
        Path p = Path.of(file);
        if (Files.isRegularFile(p)) {
            List<Long> found = ids(c, "SELECT submission_id FROM submission WHERE " + IN_FORCE + " AND sha256 = ?",
                    sha256(p));
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new Refused(file + ": this content is loaded at " + found.size() + " paths; name the file by its"
                        + " path in the drop folder");
            }
            throw new Refused(file + ": no report in force has this content (not loaded, superseded by a newer"
                    + " version, or not a report of the form)");
        }
        String rel = file.replace('\\', '/');
        List<Long> byPath = ids(c, "SELECT submission_id FROM submission WHERE " + IN_FORCE + " AND path = ?", rel);
        if (byPath.size() == 1) {
            return byPath.get(0);
        }
        List<Long> byName = ids(c, "SELECT submission_id FROM submission WHERE " + IN_FORCE + " AND file_name = ?",
                p.getFileName() == null ? rel : p.getFileName().toString());
        if (byName.size() == 1) {
            return byName.get(0);
        }
        throw new Refused(file + (byName.isEmpty() ? ": no report in force at this path or with this name"
                : ": " + byName.size() + " reports in force have this name; give its path in the drop folder"));
    }

    private static List<Long> ids(Connection c, String sql, String arg) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package th.planning.reports.warehouse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import th.planning.reports.thai.FiscalCalendar;

/**
 * Appends a batch of submissions and their facts with DuckDB's Appender, inside one transaction.
 * Surrogate keys are handed out here: only one process writes the warehouse, and this class is only
 * called under the warehouse's lock, so counters read once at start are safe.
 */
final class SubmissionLoader {

    private final DuckDBConnection c;
    private final Map<String, Integer> agencies = new HashMap<>();
    private final Map<String, Integer> projects = new HashMap<>();   // agencyId + '\u0000' + name
    private final Set<Integer> periods = new HashSet<>();
    private long nextSubmission;
    private int nextAgency;
    private int nextProject;
    // Prepared once: DuckDB plans these statements in about as long as it runs them on a batch.
    private PreparedStatement supersede;
    private PreparedStatement groupRenditions;
    private PreparedStatement renditionFindingsDelete;
    private PreparedStatement renditionFindings;
    private PreparedStatement nameProjects;
    /** Agency summary workbooks (issue 19): their own tables, handed over per batch. */
    private final SummaryLoader summaries;
    /** Which rendition of a report is its primary: the most structured format first (then the path). */
    private static final String FORMAT_RANK =
            "CASE detected_format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'xlsx' THEN 3 WHEN 'xls' THEN 4 ELSE 5 END";

    SubmissionLoader(DuckDBConnection c) throws SQLException {
        this.c = c;
        this.summaries = new SummaryLoader(c);
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT agency_id, agency_name FROM dim_agency")) {
                while (rs.next()) {
                    agencies.put(rs.getString(2), rs.getInt(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT project_id, agency_id, project_key FROM dim_project")) {
                while (rs.next()) {
                    projects.put(projectKey(rs.getInt(2), rs.getString(3)), rs.getInt(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT fiscal_period_id FROM dim_fiscal_period")) {
                while (rs.next()) {
                    periods.add(rs.getInt(1));
                }
            }
            nextSubmission = maxPlusOne(st, "SELECT max(submission_id) FROM submission");
            nextAgency = (int) maxPlusOne(st, "SELECT max(agency_id) FROM dim_agency");
            nextProject = (int) maxPlusOne(st, "SELECT max(project_id) FROM dim_project");
        }
    }

    private static long maxPlusOne(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static String projectKey(int agencyId, String key) {
        return agencyId + "\u0000" + key;
    }

    /** A project's identity: its name without whitespace (see dim_project.project_key). */
    static String nameKey(String name) {
        return name.replaceAll("\\s+", "");
    }

    void load(long runId, List<Submission> batch) throws SQLException {
        // Work on copies of the key caches so a failed transaction leaves them as the database is.
        Map<String, Integer> newAgencies = new HashMap<>();
        Map<String, Integer> newProjects = new HashMap<>();
        Set<Integer> newPeriods = new HashSet<>();
        long submissionId = nextSubmission;
        int agencyId = nextAgency;
        int projectId = nextProject;
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<SummaryLoader.Pending> summaryRows = new java.util.ArrayList<>();

        // An explicit BEGIN: with JDBC auto-commit off the driver opens its transaction only on the next
        // statement, and the Appender (no statement) would then commit on its own.
        sql("BEGIN TRANSACTION");
        Map<String, TableAppender> facts = new LinkedHashMap<>();
        try (TableAppender sub = new TableAppender(c, "submission");
             TableAppender agency = new TableAppender(c, "dim_agency");
             TableAppender project = new TableAppender(c, "dim_project");
             TableAppender period = new TableAppender(c, "dim_fiscal_period")) {
            for (FactTable<?> t : FactTables.ALL) {
                facts.put(t.name(), new TableAppender(c, t.name()));
            }
            for (Submission s : batch) {
                long id = submissionId++;
                Integer aId = null;
                Integer pId = null;
                Integer fpId = null;
                String projectName = null;
                ReportRows v = s.rows();
                if (v != null) {
                    String agencyName = v.agency();
                    if (agencyName != null) {
                        aId = agencies.get(agencyName);
                        if (aId == null) {
                            aId = newAgencies.get(agencyName);
                        }
                        if (aId == null) {
                            aId = agencyId++;
                            newAgencies.put(agencyName, aId);
                            agency.beginRow().append(aId).append(agencyName).endRow();
                        }
                    }
                    projectName = v.projectName();
                    if (projectName != null) {
                        String key = projectKey(aId == null ? 0 : aId, nameKey(projectName));
                        pId = projects.get(key);
                        if (pId == null) {
                            pId = newProjects.get(key);
                        }
                        if (pId == null) {
                            pId = projectId++;
                            newProjects.put(key, pId);
                            project.beginRow().append(pId).append(aId == null ? 0 : aId).append(projectName)
                                    .append(nameKey(projectName)).endRow();
                        }
                    }
                    if (v.fiscalYearBe() != null && v.quarter() != null) {
                        fpId = v.fiscalYearBe() * 10 + v.quarter();
                        if (!periods.contains(fpId) && newPeriods.add(fpId)) {
                            period.beginRow().append(fpId).append(v.fiscalYearBe()).append(v.quarter())
                                    .append(v.fiscalYearBe() - 543)
                                    .append(FiscalCalendar.quarterStart(v.fiscalYearBe(), v.quarter()))
                                    .append(FiscalCalendar.quarterEnd(v.fiscalYearBe(), v.quarter()))
                                    .endRow();
                        }
                    }
                    for (FactTable<?> t : FactTables.ALL) {
                        appendRows(facts.get(t.name()), t, v.rows(t.name()), id, pId, aId, fpId);
                    }
                }
                if (s.summary() != null) {
                    summaryRows.add(new SummaryLoader.Pending(id, s.summary()));
                }
                IncomingFile f = s.file();
                DuckDBAppender row = sub.beginRow().append(id).append(runId).append(now).append(f.relativePath())
                        .append(f.fileName()).append(f.sha256()).append(f.size());
                if (f.modified() == null) {
                    row.appendNull();
                } else {
                    row.append(LocalDateTime.ofInstant(f.modified(), ZoneOffset.UTC));
                }
                nullable(row, s.format() == null ? null : s.format().label());
                row.append(s.status().label());
                nullable(row, s.reason());
                nullable(row, aId);
                nullable(row, pId);
                nullable(row, fpId);
                nullable(row, v == null ? null : v.periodSource());
                row.appendNull();       // superseded_by: set when a later version arrives
                row.appendNull();       // rendition_of: set below once the batch is in
                nullable(row, projectName);
                nullable(row, v == null ? null : v.textSource());
                nullable(row, v == null ? null : v.ocrConfidence());
                row.endRow();
            }
            // Appenders flush on close, inside the open transaction; a refused row throws here.
            for (TableAppender t : facts.values()) {
                t.close();
            }
        } catch (SQLException | RuntimeException e) {
            for (TableAppender t : facts.values()) {
                try {
                    t.close();      // a no-op for those already closed; the rows go with the rollback
                } catch (SQLException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            sql("ROLLBACK");
            throw e;
        }
        try {
            summaries.load(summaryRows);
            supersede(nextSubmission);
            summaries.supersede(nextSubmission);
            groupRenditions(nextSubmission);
            nameProjects(nextSubmission);
        } catch (SQLException | RuntimeException e) {
            sql("ROLLBACK");
            throw e;
        }
        sql("COMMIT");
        nextSubmission = submissionId;
        nextAgency = agencyId;
        nextProject = projectId;
        agencies.putAll(newAgencies);
        projects.putAll(newProjects);
        periods.addAll(newPeriods);
    }

    private void sql(String statement) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /**
     * A changed file at a path already loaded is a new version of that report: when it is for the same
     * project and period, the earlier loaded submissions from that path are marked superseded by it, in
     * the same transaction. Only the same path: the docx, pdf and xlsx renditions of one report are
     * different files, not versions of each other. A rejected or duplicate record at a path (a file
     * caught while still being copied, say) is superseded by any later record at that path, whatever
     * became of it: it no longer describes the file there, and would otherwise stay an open rejection.
     */
    private void supersede(long firstId) throws SQLException {
        // One set-based statement for the whole batch: most batches replace nothing.
        if (supersede == null) {
            supersede = c.prepareStatement("""
                UPDATE submission AS old SET superseded_by = new.submission_id
                FROM submission AS new
                WHERE new.submission_id >= ?
                  AND old.path = new.path AND old.superseded_by IS NULL
                  AND old.submission_id < new.submission_id
                  AND (old.status IN ('rejected', 'duplicate')
                       OR (new.status = 'loaded' AND old.status = 'loaded'
                           AND old.project_id = new.project_id AND old.fiscal_period_id = new.fiscal_period_id))""");
        }
        supersede.setLong(1, firstId);
        supersede.executeUpdate();
    }

    /**
     * Files of the same project and period that are in force (loaded, not superseded) are renditions of
     * one submission. The primary is chosen by format, then path (docx, doc, xlsx, xls, pdf: the most
     * structured first), never by arrival order, so the same files give the same warehouse whatever
     * order threads or a crash-and-restart loaded them in. For the groups this batch touched, the
     * primary and the renditions_disagree findings are recomputed from scratch.
     */
    private void groupRenditions(long firstId) throws SQLException {
        if (groupRenditions == null) {
            // The groups (project, period) that have a submission in this batch. Its own alias, so it
            // never captures the outer query's ("n" did, and made every group look touched).
            String touched = """
                    EXISTS (SELECT 1 FROM submission AS batch_member WHERE batch_member.submission_id >= ?
                            AND batch_member.project_id = %1$s.project_id
                            AND batch_member.fiscal_period_id = %1$s.fiscal_period_id)""";
            groupRenditions = c.prepareStatement(("""
                    UPDATE submission AS s
                    SET rendition_of = CASE WHEN s.submission_id = g.primary_id THEN NULL ELSE g.primary_id END
                    FROM (SELECT project_id, fiscal_period_id,
                                 arg_min(submission_id, (FORMAT_RANK, path)) AS primary_id
                          FROM submission AS x
                          WHERE status = 'loaded' AND superseded_by IS NULL AND""" + " " + touched.formatted("x") + """

                          GROUP BY project_id, fiscal_period_id) AS g
                    WHERE s.status = 'loaded' AND s.superseded_by IS NULL
                      AND s.project_id = g.project_id AND s.fiscal_period_id = g.fiscal_period_id""")
                    .replace("FORMAT_RANK", FORMAT_RANK));
            renditionFindingsDelete = c.prepareStatement("""
                    DELETE FROM dq_finding WHERE rule = 'renditions_disagree' AND submission_id IN (
                        SELECT submission_id FROM submission AS y WHERE""" + " " + touched.formatted("y") + ")");
            // Numbered after the validator's own findings (1..n) at fixed places per field.
            renditionFindings = c.prepareStatement("""
                    INSERT INTO dq_finding
                    SELECT n.submission_id, 1000 + v.ordinal, v.section, v.field, 'renditions_disagree', 'error',
                           'ค่า ' || v.field || ' ไม่ตรงกับไฟล์อื่นของรายงานเดียวกัน (' || p.file_name || ')',
                           v.field || ' differs from another rendition of the same report (' || p.file_name || ')',
                           v.field || ': ' || coalesce(CAST(v.mine AS VARCHAR), 'NULL') || ' here, '
                             || coalesce(CAST(v.theirs AS VARCHAR), 'NULL') || ' in ' || p.file_name,
                           v.place
                    FROM submission n
                    JOIN submission p ON p.submission_id = n.rendition_of
                    JOIN fact_budget nb ON nb.submission_id = n.submission_id
                    JOIN fact_budget pb ON pb.submission_id = p.submission_id
                    JOIN fact_progress np ON np.submission_id = n.submission_id
                    JOIN fact_progress pp ON pp.submission_id = p.submission_id
                    CROSS JOIN LATERAL (VALUES
                        (1, '9', 'allocated', nb.allocated, pb.allocated, nb.allocated_where),
                        (2, '9', 'contracted', nb.contracted, pb.contracted, nb.contracted_where),
                        (3, '9', 'disbursed', nb.disbursed, pb.disbursed, nb.disbursed_where),
                        (4, '14', 'progress_total_pct', np.progress_total_pct, pp.progress_total_pct, np.progress_total_where),
                        (5, '14', 'progress_year_pct', np.progress_year_pct, pp.progress_year_pct, np.progress_year_where)
                    ) AS v(ordinal, section, field, mine, theirs, place)
                    WHERE v.mine IS DISTINCT FROM v.theirs AND""" + " " + touched.formatted("n"));
        }
        for (PreparedStatement ps : new PreparedStatement[] {groupRenditions, renditionFindingsDelete,
                renditionFindings}) {
            ps.setLong(1, firstId);
            ps.executeUpdate();
        }
    }

    /**
     * dim_project.project_name: the name the project's primary rendition of its latest period in force
     * types, for the projects this batch touched (see V007). Order-independent, like the primary itself.
     */
    private void nameProjects(long firstId) throws SQLException {
        if (nameProjects == null) {
            nameProjects = c.prepareStatement("""
                    UPDATE dim_project AS p SET project_name = b.name
                    FROM (SELECT project_id,
                                 arg_min(project_name, (-fiscal_period_id, FORMAT_RANK, path)) AS name
                          FROM submission AS x
                          WHERE status = 'loaded' AND superseded_by IS NULL AND rendition_of IS NULL
                            AND project_name IS NOT NULL AND fiscal_period_id IS NOT NULL
                            AND project_id IN (SELECT project_id FROM submission AS batch_member
                                               WHERE batch_member.submission_id >= ?)
                          GROUP BY project_id) AS b
                    WHERE p.project_id = b.project_id AND p.project_name IS DISTINCT FROM b.name"""
                    .replace("FORMAT_RANK", FORMAT_RANK));
        }
        nameProjects.setLong(1, firstId);
        nameProjects.executeUpdate();
    }

    /** Closes the prepared statements (before the connection closes). */
    void close() throws SQLException {
        summaries.close();
        for (PreparedStatement ps : new PreparedStatement[] {supersede, groupRenditions, renditionFindingsDelete,
                renditionFindings, nameProjects}) {
            if (ps != null) {
                ps.close();
            }
        }
    }

    /**
     * One fact table's rows of one submission: the key columns filled from the keys handed out here,
     * every other value as the rows carry it, in the table's order (checked against DuckDB's catalogue
     * when the warehouse opened).
     */
    private static void appendRows(TableAppender t, FactTable<?> table, List<Object[]> rows, long id, Integer pId,
                                   Integer aId, Integer fpId) throws SQLException {
        List<? extends FactTable.Column<?>> columns = table.columns();
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(table.name() + ": a row of " + row.length + " values for "
                        + columns.size() + " columns");
            }
            DuckDBAppender a = t.beginRow();
            for (int i = 0; i < row.length; i++) {
                FactTable.Column<?> col = columns.get(i);
                Object value = col.key() == null ? row[i] : switch (col.key()) {
                    case SUBMISSION -> id;
                    case PROJECT -> pId;
                    case AGENCY -> aId;
                    case FISCAL_PERIOD -> fpId;
                };
                col.type().append(a, value);
            }
            a.endRow();
        }
    }

    private static void nullable(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void nullable(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
    }

    private static void nullable(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }
}

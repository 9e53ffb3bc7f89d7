package th.planning.reports.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import th.planning.reports.warehouse.StorageFault;
import th.planning.reports.warehouse.Warehouse;

/**
 * What one run did, for the operator: counts, every rejected file with its reason, the findings per
 * agency and rule, and the time.
 */
public record RunSummary(long runId, BatchStatus status, int seen, int unchanged, int ignored, int unreadable, int loaded,
                         int rejected, int duplicates, List<String> rejections, List<String> failures,
                         Map<String, AgencyFindings> findingsByAgency, Duration elapsed) {

    /**
     * One agency's findings in this run, counted once per report: the docx, pdf and xlsx of one report
     * (its renditions) usually raise the same findings, and counting each file would triple them.
     *
     * @param reports the agency's reports this run loaded (a report: a primary rendition and the others)
     * @param files   the files they came in
     * @param byRule  per rule, in name order
     */
    public record AgencyFindings(int reports, int files, Map<String, RuleFindings> byRule) {

        public int count() {
            return byRule.values().stream().mapToInt(RuleFindings::count).sum();
        }

        public int alike() {
            return byRule.values().stream().mapToInt(RuleFindings::alike).sum();
        }
    }

    /**
     * @param count findings of a rule, once per report: a finding on the same field in several renditions
     *              of a report is one (the most any rendition has of that rule and field)
     * @param alike of those, the ones every rendition this run loaded has (the fewest any has)
     */
    public record RuleFindings(int count, int alike) {
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    static RunSummary read(Warehouse warehouse, long runId, JobExecution execution, ExecutionContext scan,
                           Duration elapsed) throws SQLException {
        int loaded = 0;
        int rejected = 0;
        int duplicates = 0;
        List<String> rejections = new ArrayList<>();
        try (var c = warehouse.newConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT status, path, reason FROM submission WHERE run_id = ? ORDER BY path")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "loaded" -> loaded++;
                        case "duplicate" -> duplicates++;
                        default -> {
                            rejected++;
                            rejections.add(rs.getString(2) + ": " + rs.getString(3));
                        }
                    }
                }
            }
        }
        Map<String, AgencyFindings> findings = findings(warehouse, runId);
        List<String> failures = execution.getAllFailureExceptions().stream()
                .map(t -> StorageFault.of(t).orElse(null) == StorageFault.NO_SPACE
                        ? StorageFault.noSpaceMessage(t, warehouse.dir())   // the OS's reason is causes down
                        : t.getClass().getSimpleName() + ": " + t.getMessage())
                .toList();
        return new RunSummary(runId, execution.getStatus(), scan.getInt("seen", 0), scan.getInt("unchanged", 0),
                scan.getInt("ignored", 0), scan.getInt("unreadable", 0), loaded, rejected, duplicates, rejections, failures, findings, elapsed);
    }

    /**
     * Findings of this run's submissions per agency then rule, both in name order, once per report: a
     * report is its primary rendition and the files that are renditions of it (rendition_of), as far
     * as this run loaded them.
     */
    static Map<String, AgencyFindings> findings(Warehouse warehouse, long runId) throws SQLException {
        Map<String, AgencyFindings> findings = new TreeMap<>();
        try (var c = warehouse.newConnection();
             PreparedStatement ps = c.prepareStatement("""
                     WITH files AS (
                         SELECT s.submission_id, coalesce(s.rendition_of, s.submission_id) AS report,
                                -- an agency's summary workbook (issue 19) apart from its reports
                                coalesce(a.agency_name, m.agency || ' (summary workbook)', '(no agency)') AS agency
                         FROM submission s LEFT JOIN dim_agency a ON a.agency_id = s.agency_id
                         LEFT JOIN agency_summary m ON m.submission_id = s.submission_id
                         WHERE s.run_id = ? AND s.status = 'loaded'),
                     reports AS (
                         SELECT agency, report, count(*) AS files FROM files GROUP BY ALL),
                     per_file AS (
                         SELECT f.report, f.submission_id, d.rule, d.field, count(*) AS n
                         FROM dq_finding d JOIN files f USING (submission_id) GROUP BY ALL),
                     per_report AS (
                         SELECT report, rule, field, max(n) AS n,
                                CASE WHEN count(*) = any_value(r.files) THEN min(n) ELSE 0 END AS alike
                         FROM per_file JOIN reports r USING (report) GROUP BY ALL)
                     SELECT r.agency, any_value(t.reports), any_value(t.files), p.rule, sum(p.n), sum(p.alike)
                     FROM per_report p JOIN reports r USING (report)
                     JOIN (SELECT agency, count(*) AS reports, sum(files) AS files FROM reports GROUP BY ALL) t
                       USING (agency)
                     GROUP BY r.agency, p.rule ORDER BY 1, 4""")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, int[]> sizes = new TreeMap<>();
                Map<String, Map<String, RuleFindings>> rules = new TreeMap<>();
                while (rs.next()) {
                    sizes.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    rules.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(4), new RuleFindings(rs.getInt(5), rs.getInt(6)));
                }
                rules.forEach((agency, byRule) -> findings.put(agency,
                        new AgencyFindings(sizes.get(agency)[0], sizes.get(agency)[1], byRule)));
            }
        }
        return findings;
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("run %d %s in %.1f s%n", runId, status.name().toLowerCase(), elapsed.toMillis() / 1000.0));
        b.append(String.format("files seen: %d (already loaded: %d, ignored: %d)%n", seen, unchanged, ignored));
        if (unreadable > 0) {
            b.append(String.format("could not be read while scanning, left for the next run: %d (see the log)%n", unreadable));
        }
        b.append(String.format("loaded: %d, rejected: %d, duplicates: %d%n", loaded, rejected, duplicates));
        for (String r : rejections) {
            b.append("  rejected ").append(r).append('\n');
        }
        findingsByAgency.forEach((agency, f) -> {
            b.append("findings for ").append(agency).append(": ").append(f.count())
                    .append(", counted once per report (").append(f.reports()).append(f.reports() == 1 ? " report" : " reports");
            if (f.files() > f.reports()) {
                b.append(" sent as ").append(f.files()).append(" files); ");
                int some = f.count() - f.alike();
                b.append(some == 0 ? "all found alike in every rendition"
                        : f.alike() + " found alike in every rendition, " + some + " in only some");
            } else {
                b.append(')');
            }
            b.append('\n');
            f.byRule().forEach((rule, n) -> {
                b.append("  ").append(rule).append(": ").append(n.count());
                if (f.files() > f.reports() && n.alike() < n.count()) {
                    b.append(" (").append(n.count() - n.alike()).append(" in only some renditions)");
                }
                b.append('\n');
            });
        });
        for (String f : failures) {
            b.append("  run failure ").append(f).append('\n');
        }
        return b.toString();
    }
}

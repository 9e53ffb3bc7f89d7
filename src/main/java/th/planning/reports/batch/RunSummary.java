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

/** What one run did, for the operator: counts, every rejected file with its reason, and the time. */
public record RunSummary(long runId, BatchStatus status, int seen, int unchanged, int ignored, int unreadable, int loaded,
                         int rejected, int duplicates, List<String> rejections, List<String> failures,
                         Map<String, Map<String, Integer>> findingsByAgency, Duration elapsed) {

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
        // Findings of this run's submissions, per agency then rule, both in name order.
        Map<String, Map<String, Integer>> findings = new TreeMap<>();
        try (var c = warehouse.newConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT coalesce(a.agency_name, '(no agency)'), f.rule, count(*)
                     FROM dq_finding f JOIN submission s USING (submission_id)
                     LEFT JOIN dim_agency a ON a.agency_id = s.agency_id
                     WHERE s.run_id = ? GROUP BY ALL ORDER BY 1, 2""")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        List<String> failures = execution.getAllFailureExceptions().stream()
                .map(t -> StorageFault.of(t).orElse(null) == StorageFault.NO_SPACE
                        ? StorageFault.noSpaceMessage(t, warehouse.dir())   // the OS's reason is causes down
                        : t.getClass().getSimpleName() + ": " + t.getMessage())
                .toList();
        return new RunSummary(runId, execution.getStatus(), scan.getInt("seen", 0), scan.getInt("unchanged", 0),
                scan.getInt("ignored", 0), scan.getInt("unreadable", 0), loaded, rejected, duplicates, rejections, failures, findings, elapsed);
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
        findingsByAgency.forEach((agency, rules) -> {
            b.append("findings for ").append(agency).append(": ")
                    .append(rules.values().stream().mapToInt(Integer::intValue).sum()).append('\n');
            rules.forEach((rule, n) -> b.append("  ").append(rule).append(": ").append(n).append('\n'));
        });
        for (String f : failures) {
            b.append("  run failure ").append(f).append('\n');
        }
        return b.toString();
    }
}

package th.planning.reports.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned SQL of {@code warehouse/migrations} (packaged into the jar) in order, each in
 * its own transaction and once only; repeatable scripts ({@code R__*.sql}, the views) run every time.
 */
public final class Migrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(.+)\\.sql");
    private static final String LOCATION = "classpath*:warehouse/migrations/*.sql";

    private Migrations() {
    }

    public static List<String> apply(Connection c) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        // Every version not yet recorded, not only those above the highest: branches number their
        // scripts apart (V002 and V003 were written in parallel) and may be merged in either order.
        java.util.Set<Integer> done = appliedVersions(c);
        List<Resource> scripts = scripts();
        for (Resource r : scripts) {
            Matcher m = VERSIONED.matcher(r.getFilename());
            if (m.matches() && !done.contains(Integer.parseInt(m.group(1)))) {
                int version = Integer.parseInt(m.group(1));
                inTransaction(c, () -> {
                    execute(c, read(r));
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
                        ps.setInt(1, version);
                        ps.setString(2, r.getFilename());
                        ps.executeUpdate();
                    }
                });
                applied.add(r.getFilename());
            }
        }
        for (Resource r : scripts) {
            if (r.getFilename().startsWith("R__")) {
                inTransaction(c, () -> execute(c, read(r)));
            }
        }
        return applied;
    }

    private static java.util.Set<Integer> appliedVersions(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static List<Resource> scripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            // By name, once: the same script can be on the class path twice (the jar and the project
            // folder), and running it twice would fail.
            java.util.Map<String, Resource> byName = new java.util.TreeMap<>();
            for (Resource r : found) {
                if (r.getFilename() != null) {
                    byName.putIfAbsent(r.getFilename(), r);
                }
            }
            return byName.values().stream().sorted(Comparator.comparing(Migrations::order)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list warehouse migrations", e);
        }
    }

    /** V scripts by number, then R scripts by name. */
    private static String order(Resource r) {
        Matcher m = VERSIONED.matcher(r.getFilename());
        return m.matches() ? String.format("0%09d", Integer.parseInt(m.group(1))) : "1" + r.getFilename();
    }

    private static String read(Resource r) throws SQLException {
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + r.getFilename(), e);
        }
    }

    /** Runs a script statement by statement (split on ';' at line ends; the scripts keep to that). */
    private static void execute(Connection c, String script) throws SQLException {
        StringBuilder stmt = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            stmt.append(line).append('\n');
            if (t.endsWith(";")) {
                try (Statement st = c.createStatement()) {
                    st.execute(stmt.toString());
                }
                stmt.setLength(0);
            }
        }
        if (!stmt.toString().isBlank()) {
            try (Statement st = c.createStatement()) {
                st.execute(stmt.toString());
            }
        }
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    static void inTransaction(Connection c, SqlWork work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}

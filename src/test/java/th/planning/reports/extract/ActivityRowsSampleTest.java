package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every activity row of the 40 sample reports, in each format, against the rows read by hand from the
 * seed text's §๘ and §๑๑.๒ tables (src/test/resources/expected/activity-rows.tsv). A row is right when its
 * name (spaces aside), its planned start and end, and its count of steps match the expected row of the
 * same place; a row read that is not there, or a row missing, is wrong. The share right is printed per
 * format, and the test fails under it.
 */
class ActivityRowsSampleTest {

    /** The share reached on sample-input when §๘ became the list and §๑๑.๒ joined it by number or name. */
    private static final double AT_LEAST = 1.0;

    record Expected(String activity, String start, String end, int steps) {
    }

    static Map<String, List<Expected>> expected() throws Exception {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/activity-rows.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("report\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[2], f[3], f[4], Integer.parseInt(f[5])));
        }
        return out;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void activityRowsOfTheSampleReportsAreReadAsTheSeedHasThem(String ext) throws Exception {
        int right = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Expected>> e : expected().entrySet()) {
            List<Activity> read = KpiActivitySampleTest.read(e.getKey(), ext).activities();
            List<Expected> want = e.getValue();
            total += Math.max(want.size(), read.size());
            for (int i = 0; i < want.size(); i++) {
                Expected w = want.get(i);
                Activity a = i < read.size() ? read.get(i) : null;
                boolean ok = a != null && KpiRowsSampleTest.key(w.activity()).equals(KpiRowsSampleTest.key(a.activity()))
                        && w.start().equals(date(a.plannedStart())) && w.end().equals(date(a.plannedEnd()))
                        && w.steps() == a.steps().size();
                if (ok) {
                    right++;
                } else {
                    wrong.add(e.getKey() + "#" + (i + 1) + " want " + w.activity() + " | " + w.start() + " | " + w.end()
                            + " | " + w.steps() + "\n      got  " + (a == null ? "nothing" : a.activity() + " | "
                            + date(a.plannedStart()) + " | " + date(a.plannedEnd()) + " | " + a.steps().size()));
                }
            }
            for (int i = want.size(); i < read.size(); i++) {
                wrong.add(e.getKey() + "#" + (i + 1) + " not an activity: " + read.get(i).activity());
            }
        }
        double share = (double) right / total;
        System.out.printf("activity rows right, %s: %d of %d (%.1f %%)%n", ext, right, total, 100 * share);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(share).as("share of activity rows right in " + ext + ":\n" + String.join("\n", wrong))
                .isGreaterThanOrEqualTo(AT_LEAST);
    }

    /** Prints the rows read from the docx as TSV lines: how the expected file was drafted before checking by eye. */
    public static void main(String[] args) throws Exception {
        for (int n = 1; n <= 40; n++) {
            String nn = String.format("%02d", n);
            ReportRecord r = KpiActivitySampleTest.read(nn, args.length > 0 ? args[0] : "docx");
            for (Activity a : r.activities()) {
                System.out.println(String.join("\t", nn, String.valueOf(a.seq()), a.activity().replaceAll("\\s+", " "),
                        date(a.plannedStart()), date(a.plannedEnd()), String.valueOf(a.steps().size()),
                        Objects.toString(a.plannedText(), "").replaceAll("\\s+", " ")));
            }
        }
    }
}

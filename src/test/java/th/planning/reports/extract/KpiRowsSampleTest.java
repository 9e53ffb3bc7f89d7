package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.planning.reports.thai.ThaiText;

/**
 * Every indicator row of the 40 sample reports, in each format, against the rows read by hand from the
 * seed text (src/test/resources/expected/kpi-rows.tsv). A row is right when its kind, its indicator's
 * text and this year's target match the expected row of the same place (spaces aside: a PDF wraps where
 * Word does not); a row read that is not there, or a row missing, is wrong. The share right is printed,
 * and the test fails under it, so a change that reads fewer rows right is seen.
 */
class KpiRowsSampleTest {

    /** The share reached on sample-input when the row classifier was written (every row right). */
    private static final double AT_LEAST = 1.0;

    record Expected(String kind, String indicator, String target, String result) {
    }

    static Map<String, List<Expected>> expected() throws Exception {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected/kpi-rows.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("report\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[2], f[3], f[4], f[5]));
        }
        return out;
    }

    static String key(String s) {
        return s == null ? "" : ThaiText.canonicalize(s).replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void indicatorRowsOfTheSampleReportsAreReadAsTheSeedHasThem(String ext) throws Exception {
        int right = 0;
        int resultsRight = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Expected>> e : expected().entrySet()) {
            List<Kpi> read = KpiActivitySampleTest.read(e.getKey(), ext).kpis();
            List<Expected> want = e.getValue();
            total += Math.max(want.size(), read.size());
            for (int i = 0; i < want.size(); i++) {
                Expected w = want.get(i);
                Kpi k = i < read.size() ? read.get(i) : null;
                boolean ok = k != null && Objects.equals(w.kind(), k.kind() == null ? "" : k.kind())
                        && key(w.indicator()).equals(key(k.indicator())) && key(w.target()).equals(key(k.targetText()));
                if (ok) {
                    right++;
                    if (key(w.result()).equals(key(k.resultText()))) {
                        resultsRight++;
                    } else {
                        System.out.println("  result of " + e.getKey() + "#" + (i + 1) + ": want " + w.result()
                                + ", got " + k.resultText());
                    }
                } else {
                    wrong.add(e.getKey() + "#" + (i + 1) + " want " + w.kind() + " | " + w.indicator() + " | " + w.target()
                            + "\n      got  " + (k == null ? "nothing" : k.kind() + " | " + k.indicator() + " | " + k.targetText()));
                }
            }
            for (int i = want.size(); i < read.size(); i++) {
                wrong.add(e.getKey() + "#" + (i + 1) + " not an indicator: " + read.get(i).source());
            }
        }
        double share = (double) right / total;
        System.out.printf("indicator rows right, %s: %d of %d (%.1f %%); results right too: %d%n",
                ext, right, total, 100 * share, resultsRight);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(share).as("share of indicator rows right in " + ext + ":\n" + String.join("\n", wrong))
                .isGreaterThanOrEqualTo(AT_LEAST);
    }
}

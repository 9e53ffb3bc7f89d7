package th.planning.reports.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of src/test/resources/expected/seed-reports.tsv: what a person reading the seed text found
 * in report NN (written by hand, not by this project's parser).
 */
public record ExpectedReport(String nn, int seedLine, int fiscalYearBe, int quarter, String agency,
                             String projectName, BigDecimal projectValue, BigDecimal allocated,
                             BigDecimal contracted, BigDecimal disbursed, BigDecimal progressTotal,
                             BigDecimal progressYear, String allocatedWords, String contractedWords,
                             String disbursedWords, String notes) {

    public static List<ExpectedReport> all() {
        try (InputStream in = ExpectedReport.class.getResourceAsStream("/expected/seed-reports.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<ExpectedReport> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                out.add(new ExpectedReport(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), f[4], f[5], dec(f[6]), dec(f[7]), dec(f[8]), dec(f[9]),
                        dec(f[10]), dec(f[11]), f[12], f[13], f[14], f.length > 15 ? f[15] : ""));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal dec(String s) {
        return s.equals("NULL") ? null : new BigDecimal(s);
    }

    /** Names compared without spaces: a PDF line wrap cannot say whether a space stood there. */
    public static String squeeze(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }
}

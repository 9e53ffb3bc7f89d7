package th.planning.reports.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's place in the drop folder says about it, e.g. "2567/Q4/สำนักงานสถิติแห่งชาติ/x.pdf":
 * fiscal year 2567, quarter 4. Used where the form itself is silent (no ticked box).
 */
public record DropFolderHints(Integer fiscalYearBe, Integer quarter) {

    private static final Pattern YEAR = Pattern.compile("(?:^|[/\\\\_\\-\\s])(25\\d\\d)(?=$|[/\\\\_\\-\\s.])");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:^|[/\\\\_\\-\\s])(?:Q|ไตรมาส(?:ที่)?\\s*)([1-4])(?=$|[/\\\\_\\-\\s.])");

    public static DropFolderHints of(String relativePath) {
        String p = th.planning.reports.thai.ThaiNumbers.toArabicDigits(relativePath);
        Matcher y = YEAR.matcher(p);
        Matcher q = QUARTER.matcher(p);
        return new DropFolderHints(y.find() ? Integer.valueOf(y.group(1)) : null,
                q.find() ? Integer.valueOf(q.group(1)) : null);
    }
}

package th.planning.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Groups a section's lines into passages (the sentence or note an amount is quoted with): a typed
 * note is often wrapped over several lines, while each numbered item, note or amount-ending line
 * stands alone.
 */
final class Passages {

    /** A line that starts an item of its own: "๒.", "๙.๓", "๑)", "หมายเหตุ", "ข้อเสนอแนะ", "(", "…". */
    private static final Pattern STARTS_ITEM =
            Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]|หมายเหตุ|ข้อเสนอแนะ|ปัญหา|\\(|\\.{3,}|ผู้ประสาน|เบอร์โทร)");

    /** Prefix marking a line typed as a list item: it starts a passage; the prefix is not kept. */
    static final String ITEM = "- ";

    private Passages() {
    }

    static List<String> group(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            boolean item = raw.startsWith(ITEM);
            String line = (item ? raw.substring(ITEM.length()) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (current == null || item || startsItem(line) || endsItem(current)) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            } else {
                FormExtractor.appendWrapped(current, line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean startsItem(String line) {
        return STARTS_ITEM.matcher(ThaiNumbers.toArabicDigits(line)).find();
    }

    private static boolean endsItem(CharSequence text) {
        String s = text.toString().strip();
        return s.endsWith("บาท") || s.endsWith(")") || s.endsWith(".") || s.endsWith("ถ้วน");
    }
}

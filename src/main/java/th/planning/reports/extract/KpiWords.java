package th.planning.reports.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of the form's indicator tables (sections ๗ / ๑๑.๑), in one place: a new wording an agency
 * types is one line here. Matched against a cell's text on one line, Thai digits as typed.
 */
final class KpiWords {

    private KpiWords() {
    }

    /** Kind labels, as a row's prefix ("เชิงปริมาณ : …") or a row of their own. */
    static final List<String> KINDS = List.of("เชิงปริมาณ", "เชิงคุณภาพ");

    /**
     * A project-weight row: the project's share of the whole per year ("ทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ |
     * ๓๐ | ๕๐ | ๒๐"), not an indicator.
     */
    static final List<String> WEIGHT = List.of("ทั้งโครงการ", "ค่าน้ำหนัก", "น้ำหนักของโครงการ", "น้ำหนักโครงการ");

    /** A total row under the indicators ("รวม", "รวมทั้งสิ้น"): the first cell is only this. */
    static final List<String> TOTAL = List.of("รวม", "รวมทั้งสิ้น", "รวมทั้งหมด");

    /**
     * What a label row puts in the target column beside a kind label ("เชิงปริมาณ : | จำนวน"): a column's
     * unit heading, not a target.
     */
    static final List<String> LABEL_CELLS = List.of("จำนวน", "หน่วยนับ", "หน่วย", "ร้อยละ", "ระดับ");

    /**
     * Words that begin a target in a cell packing several ("ร้อยละ ๘๖ ร้อยละ ๗๖", "๑๐ เล่ม ครั้งละ ๑๐ เล่ม"):
     * between two numbers, the words from one of these on go with the next number, those before it are
     * the unit of the previous one.
     */
    static final List<String> TARGET_PREFIXES = List.of("ร้อยละ", "จำนวน", "อย่างน้อย", "ไม่น้อยกว่า", "ไม่ต่ำกว่า",
            "ไม่เกิน", "ครั้งละ", "ระดับ", "มากกว่า", "น้อยกว่า");

    static final Pattern KIND = Pattern.compile("^(" + String.join("|", KINDS) + ")\\s*[:：]?\\s*");

    static boolean isWeight(String first) {
        return WEIGHT.stream().anyMatch(first::startsWith);
    }

    static boolean isTotal(String first) {
        String s = first.replaceAll("[\\s:：]+", "");
        return TOTAL.contains(s);
    }

    static boolean isLabelCell(String cell) {
        String s = cell.replaceAll("[\\s:：()]+", "");
        return s.isEmpty() || LABEL_CELLS.contains(s);
    }
}

package th.planning.reports.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Finds the money a form states in its notes and prose, each amount with its sentence. Kinds:
 * <ul>
 * <li>{@code additional_allocation}: "ได้รับการจัดสรรงบประมาณเพิ่มในไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท"</li>
 * <li>{@code quarter_disbursed}: disbursement stated for a quarter ("ไตรมาสที่ ๓ ที่ถูกต้องคือ ๑,๓๔๑,๐๔๕");
 *     {@code quarter_disbursed_superseded}: the figure a correction replaces ("จาก ๔๗๗,๐๐๐");
 *     {@code installment_disbursed}: disbursement of an instalment ("งวดที่ ๒ จำนวน ๑,๒๖๐,๐๐๐ บาท");
 *     {@code disbursed_total}: the total such a sentence states ("รวมทั้งสิ้น …")</li>
 * <li>{@code prior_year_allocated}, {@code prior_year_committed}, {@code prior_year_disbursed},
 *     {@code prior_year_balance}: the previous-year figures of a carried-over project (§๙ notes)</li>
 * <li>{@code reserved}: money reserved for disbursement after the year ("กันเงินไว้เบิกเหลื่อมปี … จำนวน …")</li>
 * <li>{@code allocated_onward}: money passed on to other units to spend ("ไตรมาสที่ ๓ จัดสรรเงินให้ ๗๖ จว.
 *     เพื่อเบิกจ่ายเป็นค่าอบรม … เป็นเงิน ๑๘,๖๑๙,๙๐๐ บาท"): not a disbursement of the project's own</li>
 * </ul>
 * Sections ๙.๑–๙.๓ themselves and §๓'s project value are not mentions: they are fact_budget's columns.
 * The cells of the indicator and activity tables (§๗, §๘, §๑๑) are read too, each cell as one passage.
 */
public final class MoneyMentions {

    /** Units after a count that say it is not money ("๓๕,๒๑๙ คน"). */
    private static final String NOT_MONEY = "(?:คน|ราย|อำเภอ|จังหวัด|ครั้ง|แห่ง|หน่วยงาน|เล่ม|ชุด|เรื่อง|ตัวอย่าง|ครัวเรือน)";
    /**
     * An amount: digits grouped by commas, or any digits followed by บาท (so a year or a circular's number
     * is never one), with optional satang; or a dash before บาท (nil).
     */
    private static final Pattern AMOUNT = Pattern.compile(
            // the lookahead first: every alternative starts at a digit or a dash, and the engine then skips
            // every other position with one character test instead of three lookbehinds
            "(?=[\\d-])(?:(?<![\\d/.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?)(?![\\d/])(?!\\s*" + NOT_MONEY + ")"
            + "|(?<![\\d/.,])(\\d+(?:\\.\\d{1,2})?)(?=\\s*บาท)|(?<=\\s)-(?=\\s*บาท))");
    private static final Pattern QUARTER = Pattern.compile("ไตรมาส(?:ที่)?\\s*(\\d)(?!\\d)(?:\\s*/\\s*(\\d{2,4}))?");
    private static final Pattern ADDITIONAL = Pattern.compile("จัดสรร\\S{0,12}เพิ่ม");
    private static final Pattern YEAR = Pattern.compile("ปี\\s*(?:งบประมาณ)?\\s*(?:พ\\.\\s*ศ\\.)?\\s*(\\d{4})");
    private static final Pattern INSTALLMENT = Pattern.compile("งวดที่\\s*\\d+");
    private static final Pattern TOTAL = Pattern.compile("รวม\\S{0,20}ทั้งสิ้น");
    private static final Pattern RESERVED = Pattern.compile("(?:กัน|กั้น|กัก)เงินไว้");
    private static final Pattern ONWARD = Pattern.compile("(?:จัดสรร|โอน)(?:เงิน|งบประมาณ)?ให้");

    private MoneyMentions() {
    }

    /**
     * @param sections     each section's lines in the form's order, keyed by section number ("9" holds only
     *                     the lines from its first note on: ๙.๑–๙.๓ are not mentions)
     * @param fiscalYearBe the report's fiscal year
     */
    public static List<MoneyMention> find(Map<String, List<String>> sections, Integer fiscalYearBe) {
        return find(sections, Map.of(), fiscalYearBe);
    }

    /**
     * The prose's mentions and the table cells', in the form's order. A cell is its own passage and its
     * text is the mention's sentence. An amount a cell states that the prose or an earlier cell states
     * too is the same money told twice (report 39's ๑๑.๒ cell and its ๑๓ note both give the consultant's
     * ๑,๑๒๐,๐๐๐ บาท; report 27 repeats a cell in two rows): it is kept once, where first found in the prose.
     *
     * @param prose        as for {@link #find(Map, Integer)}
     * @param cells        the table sections' cell texts ("7", "8", "11"), each cell on one line
     * @param fiscalYearBe the report's fiscal year
     */
    public static List<MoneyMention> find(Map<String, List<String>> prose, Map<String, List<String>> cells,
                                          Integer fiscalYearBe) {
        java.util.SortedSet<String> order = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Integer::parseInt));
        order.addAll(prose.keySet());
        order.addAll(cells.keySet());
        List<MoneyMention> all = new ArrayList<>();
        for (String section : order) {
            List<String> passages = cells.containsKey(section) ? cells.get(section)
                    : Passages.group(prose.get(section));
            Integer priorYear = null;
            for (String p : passages) {
                priorYear = classify(all, p, section, fiscalYearBe, priorYear);
            }
        }
        java.util.Set<BigDecimal> told = new java.util.HashSet<>();
        for (MoneyMention m : all) {
            if (!cells.containsKey(m.section())) {
                told.add(m.amount());
            }
        }
        List<MoneyMention> out = new ArrayList<>();
        for (MoneyMention m : all) {
            if (cells.containsKey(m.section()) && !told.add(m.amount())) {
                continue;
            }
            out.add(new MoneyMention(out.size() + 1, m.kind(), m.quarter(), m.fiscalYearBe(), m.amount(),
                    m.sentence(), m.section()));
        }
        return out;
    }

    /** Adds the mentions of one passage; returns the previous year a carried-over note is about, if any. */
    private static Integer classify(List<MoneyMention> out, String p, String section, Integer fiscalYearBe,
                                    Integer priorYear) {
        String key = ThaiNumbers.toArabicDigits(p);
        if (!mayHoldAmount(key) || !AMOUNT.matcher(key).find()) {
            return priorYear;
        }
        Matcher year = YEAR.matcher(key);
        Integer statedYear = year.find() ? Integer.parseInt(year.group(1)) : null;
        if (ADDITIONAL.matcher(key).find()) {
            Matcher q = QUARTER.matcher(key);
            Integer quarter = null;
            Integer fy = fiscalYearBe;
            if (q.find()) {
                quarter = Integer.parseInt(q.group(1));
                fy = q.group(2) == null ? fy : beYear(q.group(2));
            }
            add(out, "additional_allocation", quarter, fy, amountAfter(p, "จำนวน"), p, section);
        } else if (key.contains("วงเงิน") && key.contains("จัดสรร") && statedYear != null
                && fiscalYearBe != null && statedYear < fiscalYearBe) {
            add(out, "prior_year_allocated", null, statedYear, amountAfter(p, "จำนวน"), p, section);
            return statedYear;
        } else if (priorYear != null && key.contains("วงเงิน") && key.contains("ดำเนินการ")) {
            add(out, "prior_year_committed", null, statedYear, amountAfter(p, "จำนวน"), p, section);
        } else if (priorYear != null && (key.contains("ใช้จ่าย") || key.contains("เบิกจ่าย"))
                && statedYear != null) {
            add(out, "prior_year_disbursed", null, statedYear, amountAfter(p, "จำนวน"), p, section);
        } else if (priorYear != null && key.contains("คงเหลือ")) {
            add(out, "prior_year_balance", null, priorYear, amountAfter(p, "จำนวน"), p, section);
        } else if (key.contains("ไว้เบิกเหล") || RESERVED.matcher(key).find()) {
            add(out, "reserved", null, statedYear != null ? statedYear : fiscalYearBe,
                    amountAfter(p, "จำนวน"), p, section);
        } else if (ONWARD.matcher(key).find()) {
            onward(out, p, key, fiscalYearBe, section);
        } else if (key.contains("เบิกจ่าย") && QUARTER.matcher(key).find()) {
            quarterDisbursements(out, p, key, fiscalYearBe, section);
        } else if (key.contains("เบิกจ่าย") && INSTALLMENT.matcher(key).find()) {
            installmentDisbursements(out, p, key, fiscalYearBe, section);
        }
        return priorYear;
    }

    /**
     * An amount needs digits grouped by a comma ("๙,๓๐๐") or "บาท" (after digits or a dash): most passages
     * have neither and skip the regex, which otherwise tries every position.
     */
    private static boolean mayHoldAmount(String key) {
        for (int c = key.indexOf(','); c >= 0; c = key.indexOf(',', c + 1)) {
            if (c > 0 && isDigit(key, c - 1) && isDigit(key, c + 1) && isDigit(key, c + 2) && isDigit(key, c + 3)) {
                return true;
            }
        }
        return key.contains("บาท");
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** "ไตรมาสที่ ๓ จัดสรรเงินให้ ๗๖ จว. … เป็นเงิน ๑๘,๖๑๙,๙๐๐ บาท": the first amount after it, in the quarter named before it. */
    private static void onward(List<MoneyMention> out, String p, String key, Integer fy, String section) {
        Matcher at = ONWARD.matcher(key);
        at.find();
        Integer quarter = null;
        Matcher q = QUARTER.matcher(key.substring(0, at.start()));
        while (q.find()) {
            quarter = Integer.parseInt(q.group(1));
        }
        add(out, "allocated_onward", quarter, fy, firstAmount(key.substring(at.end())), p, section);
    }

    /** "ในไตรมาสที่ ๒ จาก ๔๗๗,๐๐๐ ที่ถูกต้องคือ ๔๔๗,๐๑๕ ไตรมาสที่ ๓ ที่ถูกต้องคือ … รวมทั้งสิ้น คือ ๒,๙๘๐,๑๐๐ บาท". */
    private static void quarterDisbursements(List<MoneyMention> out, String p, String key, Integer fy, String section) {
        Matcher q = QUARTER.matcher(key);
        List<int[]> marks = new ArrayList<>();
        while (q.find()) {
            marks.add(new int[] {q.start(), q.end(), Integer.parseInt(q.group(1))});
        }
        Matcher total = TOTAL.matcher(key);
        int totalAt = total.find() ? total.start() : key.length();
        for (int i = 0; i < marks.size(); i++) {
            int from = marks.get(i)[1];
            int to = Math.min(i + 1 < marks.size() ? marks.get(i + 1)[0] : key.length(), totalAt);
            if (from >= to) {
                continue;
            }
            String seg = key.substring(from, to);
            int quarter = marks.get(i)[2];
            int corrected = seg.indexOf("ถูกต้อง");
            if (corrected >= 0) {
                BigDecimal before = firstAmount(seg.substring(0, corrected));
                if (before != null) {
                    add(out, "quarter_disbursed_superseded", quarter, fy, before, p, section);
                }
                add(out, "quarter_disbursed", quarter, fy, firstAmount(seg.substring(corrected)), p, section);
            } else {
                add(out, "quarter_disbursed", quarter, fy, firstAmount(seg), p, section);
            }
        }
        if (totalAt < key.length()) {
            add(out, "disbursed_total", null, fy, firstAmount(key.substring(totalAt)), p, section);
        }
    }

    /** "การเบิกจ่ายในงวดที่ ๒ จำนวน ๑,๒๖๐,๐๐๐ บาท … งวดที่ ๓ จำนวน ๑,๑๒๐,๐๐๐ บาท ซึ่งรวมเป็นเงินจำนวนทั้งสิ้น ๒,๓๘๐,๐๐๐ บาท". */
    private static void installmentDisbursements(List<MoneyMention> out, String p, String key, Integer fy,
                                                 String section) {
        Matcher total = TOTAL.matcher(key);
        int totalAt = total.find() ? total.start() : key.length();
        Matcher m = INSTALLMENT.matcher(key);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.end());
        }
        for (int i = 0; i < starts.size(); i++) {
            int to = Math.min(i + 1 < starts.size() ? starts.get(i + 1) : key.length(), totalAt);
            if (starts.get(i) < to) {
                add(out, "installment_disbursed", null, fy, firstAmount(key.substring(starts.get(i), to)), p, section);
            }
        }
        if (totalAt < key.length()) {
            add(out, "disbursed_total", null, fy, firstAmount(key.substring(totalAt)), p, section);
        }
    }

    private static void add(List<MoneyMention> out, String kind, Integer quarter, Integer fy, BigDecimal amount,
                            String sentence, String section) {
        if (amount != null) {
            out.add(new MoneyMention(out.size() + 1, kind, quarter, fy, amount, sentence, section));
        }
    }

    /** The first amount after a word ("จำนวน"), else the first amount of the text; null when none. */
    static BigDecimal amountAfter(String text, String word) {
        String key = ThaiNumbers.toArabicDigits(text);
        int at = key.indexOf(word);
        BigDecimal after = at >= 0 ? firstAmount(key.substring(at + word.length())) : null;
        return after != null ? after : firstAmount(key);
    }

    static BigDecimal firstAmount(String key) {
        Matcher m = AMOUNT.matcher(ThaiNumbers.toArabicDigits(key));
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        if (digits == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return new BigDecimal(digits.replace(",", "")).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** "๖๗" → 2567, "๒๕๖๗" → 2567. */
    private static Integer beYear(String digits) {
        int y = Integer.parseInt(digits);
        return y < 100 ? 2500 + y : y;
    }
}

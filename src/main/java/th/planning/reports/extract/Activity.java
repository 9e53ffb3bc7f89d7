package th.planning.reports.extract;

import java.time.LocalDate;

/**
 * One activity of section ๑๑.๒ (or ๘ when ๑๑.๒ has no table), with its planned period from section ๘.
 *
 * @param plannedText the period cell as typed ("กุมภาพันธ์ - พฤษภาคม ๒๕๖๗"), or null when section ๘ has no match
 * @param resultText  the whole result cell; q1..q4 are its parts after each "ไตรมาสที่ n" marker
 */
public record Activity(int seq, String activity, String plannedText, LocalDate plannedStart,
                       LocalDate plannedEnd, String resultText, String q1, String q2, String q3, String q4) {
}

package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.time.LocalDate;
import java.util.List;

/**
 * One activity of section ๘'s schedule (or of ๑๑.๒ when ๘ has no table), with its planned period from
 * section ๘ and its results from the ๑๑.๒ row joined to it by item number or name.
 *
 * @param plannedText the period cell as typed ("กุมภาพันธ์ - พฤษภาคม ๒๕๖๗"), or null when section ๘ has
 *                    none for it (a group row whose period is only its steps': plannedStart/End span them)
 * @param resultText  the whole result cell; q1..q4 are its parts after each "ไตรมาสที่ n" marker
 * @param steps       a group's numbered steps ("กิจกรรมที่ ๑" with "๑) …" under it), in schedule order;
 *                    empty for a plain activity
 */
public record Activity(int seq, String activity, String plannedText, LocalDate plannedStart,
                       LocalDate plannedEnd, String resultText, String q1, String q2, String q3, String q4,
                       List<Step> steps, Where where) {

    public Activity {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** An activity whose place in the file is not known. */
    public Activity(int seq, String activity, String plannedText, LocalDate plannedStart, LocalDate plannedEnd,
                    String resultText, String q1, String q2, String q3, String q4, List<Step> steps) {
        this(seq, activity, plannedText, plannedStart, plannedEnd, resultText, q1, q2, q3, q4, steps, null);
    }

    /** A step of a group activity, as section ๘ schedules it. */
    public record Step(String name, String plannedText, LocalDate plannedStart, LocalDate plannedEnd) {
    }
}

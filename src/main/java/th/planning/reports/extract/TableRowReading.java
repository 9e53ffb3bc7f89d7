package th.planning.reports.extract;

/**
 * One row of an indicator table (§๗, §๑๑.๑) and what it was read as, so a wrong reading can be seen:
 * {@code kind} is ITEM (an indicator), LABEL (a kind heading, "เชิงปริมาณ : | จำนวน"), WEIGHT (the project's
 * share per year), NO_TARGET (no target this year), HEADER, CONTINUATION (the rest of the row above), TOTAL,
 * NOTE, or REPEATED (a row typed again under a header repeated after a page break); a cell packing several
 * indicators reads "ITEM (packed: n)".
 *
 * @param row    1.. within its section, header rows included
 * @param text   the row's cells joined by " | "
 * @param became the indicators it made ("kpi.2", "kpi.3, kpi.4"), "continues kpi.1", or empty
 */
public record TableRowReading(String section, int row, String kind, String text, String became) {
}

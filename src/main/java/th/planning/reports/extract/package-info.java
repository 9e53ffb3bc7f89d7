/**
 * Form extraction: reads the fixed report form (แบบรายงานผลการดำเนินงาน, sections ๑–๑๔) out of the
 * common document model into a {@link th.planning.reports.extract.ReportRecord}. It matches the
 * form's structure (section numbers in order, with the words each section's label always has),
 * never one file's spelling, and never knows which file format the document came from.
 */
package th.planning.reports.extract;

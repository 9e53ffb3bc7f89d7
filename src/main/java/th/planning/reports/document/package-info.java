/**
 * The common document model every format reader produces: an ordered list of paragraphs and
 * tables. The form extractor works on this model only and never knows the file format.
 */
package th.planning.reports.document;

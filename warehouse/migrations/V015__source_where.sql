-- Where in its file each figure was read, as a reviewer finds it again: "page 2" (PDF, also a scanned
-- page read by OCR), "sheet สรุป cell B12" (spreadsheet: the row's first cell with text), "paragraph 14"
-- or "table 2 row 5" (Word: 1-based, in the body's reading order). NULL when the figure was not found
-- or the file was loaded before this column existed. ADD COLUMN appends: FactTables lists them last.
ALTER TABLE fact_budget ADD COLUMN allocated_where VARCHAR;
ALTER TABLE fact_budget ADD COLUMN contracted_where VARCHAR;
ALTER TABLE fact_budget ADD COLUMN disbursed_where VARCHAR;
ALTER TABLE fact_progress ADD COLUMN progress_total_where VARCHAR;
ALTER TABLE fact_progress ADD COLUMN progress_year_where VARCHAR;
ALTER TABLE fact_kpi ADD COLUMN source_where VARCHAR;
ALTER TABLE fact_kpi_target ADD COLUMN source_where VARCHAR;
ALTER TABLE fact_activity ADD COLUMN source_where VARCHAR;
ALTER TABLE dq_finding ADD COLUMN source_where VARCHAR;

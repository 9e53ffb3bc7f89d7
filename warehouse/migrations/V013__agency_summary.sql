-- The agency's summary workbook (สรุปผลการดำเนินงานโครงการ … ณ สิ้นไตรมาส n): a document of its own kind,
-- loaded as a submission (status 'loaded', no fact_budget row) with its rows here. Figures keep their
-- status as the form's do (VALUE, NIL for a dash, BLANK for an empty cell, MALFORMED, ABSENT when the
-- workbook has no such column). The total row is what the workbook states (SUM formulas' cached values,
-- never evaluated); sum_* is the sum of the rows, and a difference is a summary_total_differs finding.
CREATE TABLE agency_summary (
    submission_id           BIGINT NOT NULL,
    agency                  VARCHAR,                  -- as the title (or "หน่วยงาน …", or the folder) names it
    fiscal_year_be          INTEGER,
    quarter                 INTEGER,
    period_source           VARCHAR,                  -- form (the title), folder, file name
    title                   VARCHAR,
    header_rows             INTEGER NOT NULL,
    row_count               INTEGER NOT NULL,
    total_source            VARCHAR,                  -- the total row's cells as typed; NULL: no total row
    total_allocated         DECIMAL(18,2),
    total_contracted        DECIMAL(18,2),
    total_disbursed         DECIMAL(18,2),
    sum_allocated           DECIMAL(18,2),
    sum_contracted          DECIMAL(18,2),
    sum_disbursed           DECIMAL(18,2)
);

CREATE TABLE agency_summary_row (
    submission_id           BIGINT NOT NULL,
    row_no                  INTEGER NOT NULL,         -- 1.. in the sheet's order
    number_typed            VARCHAR,                  -- the ลำดับ cell as typed
    project_name            VARCHAR,                  -- as typed; a sub-project line under it after a line break
    allocated               DECIMAL(18,2),
    allocated_status        VARCHAR NOT NULL,
    contracted              DECIMAL(18,2),
    contracted_status       VARCHAR NOT NULL,
    disbursed               DECIMAL(18,2),
    disbursed_status        VARCHAR NOT NULL,
    progress_pct            DECIMAL(7,2),
    progress_status         VARCHAR NOT NULL,
    source                  VARCHAR NOT NULL          -- the row's cells as typed, " | " between them
);

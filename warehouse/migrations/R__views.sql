-- Analyst views, re-created on every run (repeatable migration).

-- For audit: one row per loaded, not superseded file. The docx, pdf and xlsx of one report are three
-- rows here (rendition_of names the primary), so never sum it; v_submission_summary counts each
-- report once. Both views have the same columns: the summary is this one's primary renditions.
CREATE OR REPLACE VIEW v_submission_file_summary AS
SELECT
    s.file_name,
    a.agency_name                    AS agency,
    p.project_name,
    CAST(fp.fiscal_year_be AS INTEGER) AS fiscal_year_be,
    CAST(fp.quarter AS INTEGER)        AS quarter,
    b.allocated,
    b.contracted,
    b.disbursed,
    pr.progress_total_pct,
    pr.progress_year_pct,
    s.submission_id,
    s.rendition_of,
    -- files in force of the same report, this one included
    CAST(count(*) OVER (PARTITION BY coalesce(s.rendition_of, s.submission_id)) AS INTEGER) AS renditions,
    s.detected_format,
    s.path,
    s.project_id,
    s.agency_id,
    s.fiscal_period_id
FROM submission s
JOIN fact_budget b              ON b.submission_id = s.submission_id
LEFT JOIN fact_progress pr      ON pr.submission_id = s.submission_id
LEFT JOIN dim_agency a          ON a.agency_id = s.agency_id
LEFT JOIN dim_project p         ON p.project_id = s.project_id
LEFT JOIN dim_fiscal_period fp  ON fp.fiscal_period_id = s.fiscal_period_id
WHERE s.status = 'loaded' AND s.superseded_by IS NULL;

-- One row per report in force: its latest version's primary rendition (rendition_of NULL), so a sum
-- over it counts each report once, as v_budget_execution does. The contract dashboards rely on (and
-- the Parquet table submission_summary). A loaded file whose project or period could not be read is
-- never grouped with another, so it is a report of its own here; the v_latest_submission views,
-- which are per project and period, leave it out (it has a missing_required_field finding).
CREATE OR REPLACE VIEW v_submission_summary AS
SELECT * FROM v_submission_file_summary WHERE rendition_of IS NULL;

-- For auditors: every file ever recorded (loaded, rejected, duplicate, superseded), oldest first,
-- with what it said and which later submission replaced it.
CREATE OR REPLACE VIEW v_submission_history AS
SELECT
    s.submission_id,
    s.run_id,
    s.processed_at,
    s.path,
    s.file_name,
    s.sha256,
    s.detected_format,
    s.status,
    s.reason,
    s.superseded_by,
    s.rendition_of,
    a.agency_name                    AS agency,
    p.project_name,
    CAST(fp.fiscal_year_be AS INTEGER) AS fiscal_year_be,
    CAST(fp.quarter AS INTEGER)        AS quarter,
    b.allocated,
    b.contracted,
    b.disbursed,
    pr.progress_total_pct,
    pr.progress_year_pct,
    (SELECT count(*) FROM dq_finding f WHERE f.submission_id = s.submission_id) AS findings
FROM submission s
LEFT JOIN fact_budget b         ON b.submission_id = s.submission_id
LEFT JOIN fact_progress pr      ON pr.submission_id = s.submission_id
LEFT JOIN dim_agency a          ON a.agency_id = s.agency_id
LEFT JOIN dim_project p         ON p.project_id = s.project_id
LEFT JOIN dim_fiscal_period fp  ON fp.fiscal_period_id = s.fiscal_period_id
ORDER BY s.submission_id;

-- The submission an analyst reads for each project and period. The same report usually arrives as
-- docx, pdf and xlsx renditions (different files, none superseding another), and a corrected file
-- supersedes the earlier one at its path. Among the loaded, not superseded submissions of a project
-- and period, the primary rendition is chosen by the loader, the same way whatever order files
-- arrived in: the rendition closest to what was typed (docx, doc, xlsx, xls, then pdf: PDF text
-- has to be repaired, so it is the least trusted), then path. `renditions` counts the files it
-- was chosen among; analyst views built on this one count each report once.
CREATE OR REPLACE VIEW v_latest_submission AS
WITH ranked AS (
    -- The primary rendition of each submission in force: the loader chooses it (docx, doc, xlsx,
    -- xls, pdf, then path) and keeps submission.rendition_of NULL for it; versions that were
    -- superseded are out.
    SELECT
        s.*,
        count(*) OVER (PARTITION BY s.project_id, s.fiscal_period_id) AS renditions
    FROM submission s
    WHERE s.status = 'loaded' AND s.superseded_by IS NULL
      AND s.project_id IS NOT NULL AND s.fiscal_period_id IS NOT NULL
)
SELECT
    r.submission_id,
    r.project_id,
    r.agency_id,
    r.fiscal_period_id,
    a.agency_name                    AS agency,
    p.project_name,
    CAST(fp.fiscal_year_be AS INTEGER) AS fiscal_year_be,
    CAST(fp.quarter AS INTEGER)        AS quarter,
    r.file_name,
    r.path,
    r.detected_format,
    r.run_id,
    r.processed_at,
    CAST(r.renditions AS INTEGER)      AS renditions
FROM ranked r
LEFT JOIN dim_agency a          ON a.agency_id = r.agency_id
LEFT JOIN dim_project p         ON p.project_id = r.project_id
LEFT JOIN dim_fiscal_period fp  ON fp.fiscal_period_id = r.fiscal_period_id
WHERE r.rendition_of IS NULL;

-- Budget execution (section ๙) per agency, project, fiscal year and quarter, from the latest
-- submission. Rates are fractions (0.5 = 50 %), NULL when the allocation is not a positive amount;
-- DECIMAL(38,4) because a mistyped allocation (1 baht against millions) must not fail the view.
CREATE OR REPLACE VIEW v_budget_execution AS
SELECT
    l.agency,
    l.project_name,
    l.fiscal_year_be,
    l.quarter,
    b.allocated,
    b.contracted,
    b.disbursed,
    CAST(CASE WHEN b.allocated > 0 THEN round(b.disbursed / b.allocated, 4) END AS DECIMAL(38,4))
        AS disbursement_rate,
    CAST(CASE WHEN b.allocated > 0 THEN round(b.contracted / b.allocated, 4) END AS DECIMAL(38,4))
        AS contract_rate,
    b.allocated_status,
    b.contracted_status,
    b.disbursed_status,
    l.submission_id,
    l.file_name,
    l.project_id,
    l.agency_id
FROM v_latest_submission l
JOIN fact_budget b ON b.submission_id = l.submission_id;

-- Indicators (sections ๗ / ๑๑.๑) of the latest submission, target against result.
-- attained: 'yes' when the result reaches the target, 'no' when it falls short, 'unknown' when
-- either side is missing or not a number, or when a side names more than one distinct number
-- ("๖๐ เรื่อง ๒๕ เรื่อง …": several sub-targets in one cell cannot be compared as one). A result cell
-- typed exactly as its target is 'yes'. Every indicator is read as "more is better"; the form does
-- not say otherwise.
CREATE OR REPLACE VIEW v_kpi_attainment AS
WITH k AS (
    SELECT
        k.*,
        length(list_distinct(regexp_extract_all(coalesce(k.target_text, ''), '[0-9๐-๙][0-9๐-๙,.]*')))
            AS target_numbers,
        length(list_distinct(regexp_extract_all(coalesce(k.result_text, ''), '[0-9๐-๙][0-9๐-๙,.]*')))
            AS result_numbers
    FROM fact_kpi k
)
SELECT
    l.agency,
    l.project_name,
    l.fiscal_year_be,
    l.quarter,
    k.seq,
    k.source_section,
    k.kind,
    k.indicator,
    k.unit,
    k.target_year_be,
    k.target_text,
    k.target_value,
    k.result_text,
    k.result_value,
    k.result_status,
    CASE
        WHEN k.result_status <> 'VALUE' OR k.target_value IS NULL OR k.result_value IS NULL THEN 'unknown'
        WHEN regexp_replace(k.target_text, '\s+', '', 'g') = regexp_replace(k.result_text, '\s+', '', 'g')
            THEN 'yes'
        WHEN k.target_numbers > 1 OR k.result_numbers > 1 THEN 'unknown'
        WHEN k.result_value >= k.target_value THEN 'yes'
        ELSE 'no'
    END AS attained,
    l.submission_id,
    l.file_name,
    l.project_id
FROM v_latest_submission l
JOIN k ON k.submission_id = l.submission_id;

-- Each year's target of the plan's indicators (section ๗) in the latest submission: a multi-year
-- project has one row per indicator per fiscal year. fiscal_year_be / quarter are the report's period,
-- year_be the target's.
CREATE OR REPLACE VIEW v_kpi_target AS
SELECT
    l.agency,
    l.project_name,
    l.fiscal_year_be,
    l.quarter,
    t.seq,
    t.kind,
    t.indicator,
    t.unit,
    t.year_be,
    t.target_text,
    t.target_value,
    l.submission_id,
    l.file_name,
    l.project_id
FROM v_latest_submission l
JOIN fact_kpi_target t ON t.submission_id = l.submission_id;

-- Activities (sections ๘ / ๑๑.๒) of the latest submission, with where the plan stood at the end of
-- the reported quarter and what the report says for that quarter.
-- plan_status: not_started (planned start after the quarter's end), due (planned end on or before
-- it), in_progress (the quarter's end falls inside the plan), unknown (no planned dates).
CREATE OR REPLACE VIEW v_activity_status AS
SELECT
    l.agency,
    l.project_name,
    l.fiscal_year_be,
    l.quarter,
    a.seq,
    a.activity,
    a.planned_text,
    a.planned_start,
    a.planned_end,
    CASE
        WHEN a.planned_start IS NULL AND a.planned_end IS NULL THEN 'unknown'
        WHEN a.planned_start > fp.quarter_end THEN 'not_started'
        WHEN a.planned_end <= fp.quarter_end THEN 'due'
        ELSE 'in_progress'
    END AS plan_status,
    (a.result_text IS NOT NULL AND trim(a.result_text) <> '') AS result_reported,
    CASE l.quarter WHEN 1 THEN a.result_q1 WHEN 2 THEN a.result_q2 WHEN 3 THEN a.result_q3
                   WHEN 4 THEN a.result_q4 END AS result_this_quarter,
    a.result_q1,
    a.result_q2,
    a.result_q3,
    a.result_q4,
    a.result_text,
    l.submission_id,
    l.file_name,
    l.project_id
FROM v_latest_submission l
JOIN fact_activity a            ON a.submission_id = l.submission_id
JOIN dim_fiscal_period fp       ON fp.fiscal_period_id = l.fiscal_period_id;

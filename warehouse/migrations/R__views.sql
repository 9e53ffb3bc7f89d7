-- Analyst views, re-created on every run (repeatable migration).

-- Corrections (issue 19) come first: the analyst views below read the figures through them.
-- Each correction with its state: applied (the latest correction of its field of its file, the file in
-- force), replaced (a later correction of the same field of the same file), outdated (the agency has
-- resubmitted the file: a new version superseded it, so the correction no longer applies and
-- v_finding says so). The table itself is append-only (V014).
CREATE OR REPLACE VIEW v_correction AS
SELECT
    c.correction_id,
    c.submission_id,
    s.file_name,
    c.path,
    c.field,
    c.value_as_reported,
    c.status_as_reported,
    c.corrected_value,
    c.reason,
    c.corrected_by,
    c.corrected_at,
    CASE
        WHEN s.superseded_by IS NOT NULL THEN 'outdated'
        WHEN c.correction_id <> max(c.correction_id) OVER (PARTITION BY c.submission_id, c.field) THEN 'replaced'
        ELSE 'applied'
    END AS state,
    s.superseded_by AS resubmitted_as
FROM correction c
JOIN submission s ON s.submission_id = c.submission_id;

-- The applied corrections by file in force: a correction of one rendition (the docx) applies to every
-- rendition in force of the same report (its pdf and xlsx), so each view shows the same figure.
CREATE OR REPLACE VIEW v_correction_applied AS
SELECT f.submission_id, c.field, c.corrected_value, c.correction_id
FROM v_correction c
JOIN submission cs ON cs.submission_id = c.submission_id
JOIN submission f  ON coalesce(f.rendition_of, f.submission_id) = coalesce(cs.rendition_of, cs.submission_id)
                  AND f.status = 'loaded' AND f.superseded_by IS NULL
WHERE c.state = 'applied';

-- fact_budget with corrections applied: its columns, the corrected figures in place of the reported
-- ones, then the figures as the file reported them and the fields corrected.
CREATE OR REPLACE VIEW v_fact_budget_corrected AS
WITH c AS (
    SELECT submission_id,
           max(corrected_value) FILTER (WHERE field = 'allocated')  AS allocated,
           max(corrected_value) FILTER (WHERE field = 'contracted') AS contracted,
           max(corrected_value) FILTER (WHERE field = 'disbursed')  AS disbursed,
           list(field ORDER BY field) AS fields
    FROM v_correction_applied
    WHERE field IN ('allocated', 'contracted', 'disbursed')
    GROUP BY submission_id
)
SELECT
    b.* REPLACE (coalesce(c.allocated, b.allocated) AS allocated,
                 coalesce(c.contracted, b.contracted) AS contracted,
                 coalesce(c.disbursed, b.disbursed) AS disbursed),
    b.allocated  AS allocated_as_reported,
    b.contracted AS contracted_as_reported,
    b.disbursed  AS disbursed_as_reported,
    c.fields     AS corrected_fields
FROM fact_budget b
LEFT JOIN c ON c.submission_id = b.submission_id;

CREATE OR REPLACE VIEW v_fact_progress_corrected AS
WITH c AS (
    SELECT submission_id,
           max(corrected_value) FILTER (WHERE field = 'progress_total_pct') AS progress_total_pct,
           max(corrected_value) FILTER (WHERE field = 'progress_year_pct')  AS progress_year_pct,
           list(field ORDER BY field) AS fields
    FROM v_correction_applied
    WHERE field IN ('progress_total_pct', 'progress_year_pct')
    GROUP BY submission_id
)
SELECT
    p.* REPLACE (CAST(coalesce(c.progress_total_pct, p.progress_total_pct) AS DECIMAL(7,2)) AS progress_total_pct,
                 CAST(coalesce(c.progress_year_pct, p.progress_year_pct) AS DECIMAL(7,2)) AS progress_year_pct),
    p.progress_total_pct AS progress_total_pct_as_reported,
    p.progress_year_pct  AS progress_year_pct_as_reported,
    c.fields             AS corrected_fields
FROM fact_progress p
LEFT JOIN c ON c.submission_id = p.submission_id;

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
    s.fiscal_period_id,
    -- corrections (v_correction): the figures above are corrected; as the file reported them here
    b.allocated_as_reported,
    b.contracted_as_reported,
    b.disbursed_as_reported,
    pr.progress_total_pct_as_reported,
    pr.progress_year_pct_as_reported,
    list_concat(coalesce(b.corrected_fields, []), coalesce(pr.corrected_fields, [])) AS corrected_fields
FROM submission s
JOIN v_fact_budget_corrected b  ON b.submission_id = s.submission_id
LEFT JOIN v_fact_progress_corrected pr ON pr.submission_id = s.submission_id
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
    l.agency_id,
    b.allocated_as_reported,
    b.contracted_as_reported,
    b.disbursed_as_reported,
    b.corrected_fields
FROM v_latest_submission l
JOIN v_fact_budget_corrected b ON b.submission_id = l.submission_id;

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

-- ---------------------------------------------------------------------------------------------------
-- The agency summary workbook and its reconciliation with the reports (issue 19).

-- The rows of each agency summary in force (loaded, not superseded by a new version at its path); when
-- two summaries in force are for the same agency and period, the later loaded one.
CREATE OR REPLACE VIEW v_agency_summary_row AS
WITH summaries AS (
    SELECT m.*, s.file_name, s.path,
           regexp_replace(coalesce(m.agency, ''), '\s+', '', 'g') AS agency_key,
           row_number() OVER (PARTITION BY regexp_replace(coalesce(m.agency, ''), '\s+', '', 'g'),
                              m.fiscal_year_be, m.quarter ORDER BY m.submission_id DESC) AS latest
    FROM agency_summary m
    JOIN submission s ON s.submission_id = m.submission_id
    WHERE s.status = 'loaded' AND s.superseded_by IS NULL
)
SELECT
    m.agency,
    m.fiscal_year_be,
    m.quarter,
    r.row_no,
    r.number_typed,
    r.project_name,
    r.allocated, r.allocated_status,
    r.contracted, r.contracted_status,
    r.disbursed, r.disbursed_status,
    r.progress_pct, r.progress_status,
    r.source,
    m.file_name,
    m.path,
    r.submission_id,
    m.agency_key,
    regexp_replace(r.project_name, '\s+', '', 'g')                          AS name_key,
    regexp_replace(split_part(r.project_name, chr(10), 1), '\s+', '', 'g')  AS first_line_key
FROM summaries m
JOIN agency_summary_row r ON r.submission_id = m.submission_id
WHERE m.latest = 1 AND r.project_name IS NOT NULL;

-- Which report each summary row is, among the reports in force of the same agency and period (their
-- primary renditions, v_latest_submission). Names are compared without spaces (a PDF line break cannot
-- say where a space stood):
--   exact             the same name;
--   sub_project_line  one name is the other plus a sub-project line (the summary's first line is the
--                     report's name, or the longer name starts with the whole shorter one, which is at
--                     least 20 letters long);
--   similar           a typo: 1 - levenshtein / longer length of at least 0.9.
-- Ambiguity is settled, never guessed: a row takes the report it scores highest with, and a report the
-- row that scores highest with it (both ways, so one report is never two rows); a row whose best score
-- is shared by two reports, or a report whose best is shared by two rows, is matched to neither, and
-- the row is a summary_match_ambiguous finding naming the candidates (v_reconciliation_finding).
CREATE OR REPLACE VIEW v_summary_match AS
WITH reports AS (
    SELECT l.submission_id, l.agency, l.fiscal_year_be, l.quarter, l.file_name, l.project_id,
           coalesce(s.project_name, l.project_name) AS project_name,
           regexp_replace(coalesce(l.agency, ''), '\s+', '', 'g') AS agency_key,
           regexp_replace(coalesce(s.project_name, l.project_name), '\s+', '', 'g') AS name_key
    FROM v_latest_submission l
    JOIN submission s ON s.submission_id = l.submission_id
),
candidates AS (
    SELECT sr.submission_id AS summary_submission_id, sr.row_no, r.submission_id AS report_submission_id,
           CASE
               WHEN sr.name_key = r.name_key THEN 1.0
               WHEN sr.first_line_key = r.name_key
                    OR (least(length(sr.name_key), length(r.name_key)) >= 20
                        AND (starts_with(sr.name_key, r.name_key) OR starts_with(r.name_key, sr.name_key)))
                   THEN 0.99
               ELSE greatest(
                   1 - levenshtein(sr.name_key, r.name_key) / greatest(length(sr.name_key), length(r.name_key)),
                   1 - levenshtein(sr.first_line_key, r.name_key)
                       / greatest(length(sr.first_line_key), length(r.name_key)))
           END AS score
    FROM v_agency_summary_row sr
    JOIN reports r ON r.agency_key = sr.agency_key AND r.fiscal_year_be = sr.fiscal_year_be
                  AND r.quarter = sr.quarter
),
good AS (
    SELECT *,
           max(score) OVER (PARTITION BY summary_submission_id, row_no) AS row_best,
           max(score) OVER (PARTITION BY report_submission_id) AS report_best
    FROM candidates WHERE score >= 0.9
),
counted AS (
    SELECT *,
           count(*) FILTER (WHERE score = row_best) OVER (PARTITION BY summary_submission_id, row_no) AS row_ties,
           count(*) FILTER (WHERE score = report_best) OVER (PARTITION BY report_submission_id) AS report_ties
    FROM good
)
SELECT
    summary_submission_id,
    row_no,
    report_submission_id,
    round(score, 4) AS score,
    CASE WHEN score = 1.0 THEN 'exact' WHEN score = 0.99 THEN 'sub_project_line' ELSE 'similar' END AS method,
    (score = row_best AND score = report_best AND row_ties = 1 AND report_ties = 1) AS matched
FROM counted
WHERE score = row_best;

-- The summary against the reports, as findings with both sides quoted (rule):
--   summary_differs_from_report  a figure of a matched row differs from the report's (allocated,
--                                contracted, disbursed; the summary's progress against progress_total_pct);
--                                a column the workbook does not have is not compared; the report's figure
--                                is compared as reported and as corrected: resolved_by_correction_id names
--                                the correction that made them agree
--   summary_report_missing       a summary row no report in force matches
--   summary_match_ambiguous      a row whose best candidates tie (or whose best report is another
--                                row's best too): the candidates are named, none is taken
--   report_not_in_summary        a report in force of an agency and period that has a summary in force,
--                                matched by none of its rows
CREATE OR REPLACE VIEW v_reconciliation_finding AS
WITH matched AS (
    SELECT * FROM v_summary_match WHERE matched
),
summary_rows AS (
    SELECT sr.*, m.report_submission_id, m.method
    FROM v_agency_summary_row sr
    LEFT JOIN matched m ON m.summary_submission_id = sr.submission_id AND m.row_no = sr.row_no
),
figures AS (
    SELECT r.*, rep.file_name AS report_file, rep.project_name AS report_project_name,
           v.field, v.summary_value, v.report_value, v.report_value_as_reported,
           ca.correction_id
    FROM summary_rows r
    JOIN v_submission_file_summary rep ON rep.submission_id = r.report_submission_id
    CROSS JOIN LATERAL (VALUES
        ('allocated', r.allocated_status, r.allocated, rep.allocated, rep.allocated_as_reported),
        ('contracted', r.contracted_status, r.contracted, rep.contracted, rep.contracted_as_reported),
        ('disbursed', r.disbursed_status, r.disbursed, rep.disbursed, rep.disbursed_as_reported),
        ('progress_total_pct', r.progress_status, r.progress_pct, rep.progress_total_pct,
         rep.progress_total_pct_as_reported)
    ) AS v(field, summary_status, summary_value, report_value, report_value_as_reported)
    LEFT JOIN v_correction_applied ca ON ca.submission_id = r.report_submission_id AND ca.field = v.field
    WHERE v.summary_status <> 'ABSENT'
      AND (v.summary_value IS DISTINCT FROM v.report_value_as_reported
           OR v.summary_value IS DISTINCT FROM v.report_value)
),
ambiguous AS (
    SELECT summary_submission_id, row_no,
           string_agg(s.file_name || ' (' || round(score, 3) || ')', ', ' ORDER BY s.file_name) AS candidates
    FROM v_summary_match x
    JOIN submission s ON s.submission_id = x.report_submission_id
    WHERE NOT x.matched
      AND NOT EXISTS (SELECT 1 FROM matched y WHERE y.summary_submission_id = x.summary_submission_id
                                                AND y.row_no = x.row_no)
    GROUP BY summary_submission_id, row_no
),
summaries AS (
    SELECT DISTINCT submission_id, agency, agency_key, fiscal_year_be, quarter, file_name
    FROM v_agency_summary_row
)
SELECT
    f.agency, f.fiscal_year_be, f.quarter,
    'summary_differs_from_report' AS rule,
    f.field,
    'error' AS severity,
    f.report_submission_id AS submission_id,
    f.report_file AS file_name,
    f.file_name AS summary_file, f.row_no AS summary_row_no, f.project_name AS summary_project_name,
    f.summary_value,
    f.report_file, f.report_project_name, f.report_value_as_reported, f.report_value,
    'ค่า ' || f.field || ' ในตารางสรุป ' || f.file_name || ' แถว ' || f.row_no || ' ไม่ตรงกับรายงาน ' || f.report_file
        AS message_th,
    f.field || ' in the summary ' || f.file_name || ' row ' || f.row_no || ' differs from the report ' || f.report_file
        AS message_en,
    'summary ' || f.file_name || ' row ' || f.row_no || ' (' || replace(f.project_name, chr(10), ' / ') || '): '
        || f.field || ' ' || coalesce(CAST(f.summary_value AS VARCHAR), 'blank') || '; report ' || f.report_file
        || ' (' || f.report_project_name || '): ' || f.field || ' '
        || coalesce(CAST(f.report_value_as_reported AS VARCHAR), 'blank')
        || CASE WHEN f.correction_id IS NOT NULL
                THEN ', corrected to ' || coalesce(CAST(f.report_value AS VARCHAR), 'blank') ELSE '' END
        AS evidence,
    CASE WHEN f.summary_value IS NOT DISTINCT FROM f.report_value THEN f.correction_id END AS resolved_by_correction_id
FROM figures f
UNION ALL
SELECT
    r.agency, r.fiscal_year_be, r.quarter,
    CASE WHEN a.candidates IS NULL THEN 'summary_report_missing' ELSE 'summary_match_ambiguous' END,
    'project_name',
    CASE WHEN a.candidates IS NULL THEN 'error' ELSE 'warning' END,
    r.submission_id, r.file_name,
    r.file_name, r.row_no, r.project_name,
    NULL, NULL, NULL, NULL, NULL,
    CASE WHEN a.candidates IS NULL
         THEN 'ไม่พบรายงานของโครงการในแถว ' || r.row_no || ' ของตารางสรุป ' || r.file_name
         ELSE 'แถว ' || r.row_no || ' ของตารางสรุป ' || r.file_name || ' ตรงกับรายงานได้มากกว่าหนึ่งฉบับ' END,
    CASE WHEN a.candidates IS NULL
         THEN 'report missing: no report in force for row ' || r.row_no || ' of the summary ' || r.file_name
         ELSE 'row ' || r.row_no || ' of the summary ' || r.file_name || ' matches more than one report equally' END,
    'summary ' || r.file_name || ' row ' || r.row_no || ': ' || r.source
        || coalesce('; candidates: ' || a.candidates, ''),
    NULL
FROM summary_rows r
LEFT JOIN ambiguous a ON a.summary_submission_id = r.submission_id AND a.row_no = r.row_no
WHERE r.report_submission_id IS NULL
UNION ALL
SELECT
    l.agency, l.fiscal_year_be, l.quarter,
    'report_not_in_summary', 'project_name', 'warning',
    l.submission_id, l.file_name,
    m.file_name, NULL, NULL, NULL,
    l.file_name, l.project_name, NULL, NULL,
    'รายงาน ' || l.file_name || ' ไม่มีในตารางสรุป ' || m.file_name,
    'report ' || l.file_name || ' is not in the summary ' || m.file_name,
    'report ' || l.file_name || ': ' || l.project_name || '; not among the ' ||
        (SELECT count(*) FROM v_agency_summary_row x WHERE x.submission_id = m.submission_id)
        || ' rows of ' || m.file_name,
    NULL
FROM v_latest_submission l
JOIN summaries m ON m.agency_key = regexp_replace(coalesce(l.agency, ''), '\s+', '', 'g')
                AND m.fiscal_year_be = l.fiscal_year_be AND m.quarter = l.quarter
WHERE NOT EXISTS (SELECT 1 FROM matched x WHERE x.report_submission_id = l.submission_id);

-- Per agency and quarter, the projects expected and not yet received: a row of the agency's summary for
-- that quarter that no report in force matches (source 'summary'), or a project that reported the
-- quarter before (Q4 of the previous fiscal year before Q1) and has no report in force for this one
-- (source 'previous_quarter'), for every period the warehouse knows of (dim_fiscal_period) up to the
-- agency's latest. A project expected both ways is listed once, as 'summary'.
CREATE OR REPLACE VIEW v_reports_expected_missing AS
WITH periods AS (
    SELECT fiscal_period_id, CAST(fiscal_year_be AS INTEGER) AS fiscal_year_be, CAST(quarter AS INTEGER) AS quarter,
           CASE WHEN quarter = 1 THEN (fiscal_year_be - 1) * 10 + 4 ELSE fiscal_period_id - 1 END AS previous_id
    FROM dim_fiscal_period
),
from_summary AS (
    SELECT r.agency, r.fiscal_year_be, r.quarter, r.project_name, r.name_key, r.first_line_key,
           r.file_name AS expected_from, r.row_no
    FROM v_agency_summary_row r
    WHERE NOT EXISTS (SELECT 1 FROM v_summary_match m
                      WHERE m.matched AND m.summary_submission_id = r.submission_id AND m.row_no = r.row_no)
),
from_previous AS (
    SELECT prev.agency, p.fiscal_year_be, p.quarter, prev.project_name,
           regexp_replace(prev.project_name, '\s+', '', 'g') AS name_key,
           prev.file_name AS expected_from
    FROM periods p
    JOIN v_latest_submission prev ON prev.fiscal_period_id = p.previous_id
    WHERE NOT EXISTS (SELECT 1 FROM v_latest_submission now
                      WHERE now.project_id = prev.project_id AND now.fiscal_period_id = p.fiscal_period_id)
      AND p.fiscal_period_id <= (SELECT max(fiscal_period_id) FROM submission x
                                 WHERE x.agency_id = prev.agency_id AND x.status = 'loaded')
)
SELECT agency, fiscal_year_be, quarter, project_name, 'summary' AS source, expected_from, row_no
FROM from_summary
UNION ALL
SELECT p.agency, p.fiscal_year_be, p.quarter, p.project_name, 'previous_quarter', p.expected_from, NULL
FROM from_previous p
WHERE NOT EXISTS (SELECT 1 FROM from_summary s
                  WHERE regexp_replace(coalesce(s.agency, ''), '\s+', '', 'g')
                        = regexp_replace(coalesce(p.agency, ''), '\s+', '', 'g')
                    AND s.fiscal_year_be = p.fiscal_year_be AND s.quarter = p.quarter
                    AND (s.name_key = p.name_key OR s.first_line_key = p.name_key))
ORDER BY agency, fiscal_year_be, quarter, source DESC, row_no, project_name;

-- Every finding in one place, for analysts: a file's own findings (dq_finding), the summary against the
-- reports (v_reconciliation_finding) and corrections that no longer apply (correction_outdated: the
-- agency resubmitted the corrected file; the correction is not carried over to the new version, so
-- the new figure is in force until an analyst corrects it again). resolved_by_correction_id names the
-- correction that answers a finding: a correction applied to the same report (any of its renditions)
-- of the finding's field, or of a field its rule compares (disbursed for progress_ahead_of_disbursement,
-- allocated for disbursed_over_allocated, …: the list below), or one that made the summary and the
-- report agree.
CREATE OR REPLACE VIEW v_finding AS
SELECT
    coalesce(a.agency_name, m.agency) AS agency,
    CAST(coalesce(fp.fiscal_year_be, m.fiscal_year_be) AS INTEGER) AS fiscal_year_be,
    CAST(coalesce(fp.quarter, m.quarter) AS INTEGER) AS quarter,
    f.submission_id,
    s.file_name,
    f.section,
    f.field,
    f.rule,
    f.severity,
    f.message_th,
    f.message_en,
    f.evidence,
    (SELECT min(ca.correction_id) FROM v_correction_applied ca
     WHERE ca.submission_id = f.submission_id
       AND (ca.field = f.field
            OR (f.rule, ca.field) IN (SELECT (rule, field) FROM (VALUES
                   ('progress_ahead_of_disbursement', 'disbursed'),
                   ('progress_ahead_of_disbursement', 'allocated'),
                   ('disbursed_over_allocated', 'allocated'),
                   ('contracted_over_allocated', 'allocated'),
                   ('project_value_differs_from_allocated', 'allocated')) AS compared(rule, field))))
        AS resolved_by_correction_id,
    'file' AS origin
FROM dq_finding f
JOIN submission s ON s.submission_id = f.submission_id
LEFT JOIN dim_agency a ON a.agency_id = s.agency_id
LEFT JOIN dim_fiscal_period fp ON fp.fiscal_period_id = s.fiscal_period_id
LEFT JOIN agency_summary m ON m.submission_id = f.submission_id      -- a summary's own findings
WHERE s.superseded_by IS NULL
UNION ALL
SELECT agency, fiscal_year_be, quarter, submission_id, file_name, NULL, field, rule, severity, message_th,
       message_en, evidence, resolved_by_correction_id, 'reconciliation'
FROM v_reconciliation_finding
UNION ALL
SELECT
    a.agency_name, CAST(fp.fiscal_year_be AS INTEGER), CAST(fp.quarter AS INTEGER),
    n.submission_id, n.file_name, NULL, c.field, 'correction_outdated', 'warning',
    'ไฟล์ที่แก้ไขค่า ' || c.field || ' ไว้ (' || c.file_name || ') ถูกส่งใหม่ การแก้ไขจึงไม่มีผลกับฉบับใหม่',
    'the file whose ' || c.field || ' was corrected (' || c.file_name || ') was resubmitted: correction '
        || c.correction_id || ' does not apply to the new version',
    'correction ' || c.correction_id || ' by ' || c.corrected_by || ' at ' || CAST(c.corrected_at AS VARCHAR) || ': '
        || c.field || ' ' || coalesce(CAST(c.value_as_reported AS VARCHAR), 'blank') || ' -> '
        || CAST(c.corrected_value AS VARCHAR) || ' ("' || c.reason || '"); the new version states '
        || coalesce(CAST(CASE c.field WHEN 'allocated' THEN b.allocated WHEN 'contracted' THEN b.contracted
                                      WHEN 'disbursed' THEN b.disbursed
                                      WHEN 'progress_total_pct' THEN pr.progress_total_pct
                                      ELSE pr.progress_year_pct END AS VARCHAR), 'blank'),
    NULL,
    'correction'
FROM v_correction c
JOIN submission n ON n.submission_id = c.resubmitted_as
LEFT JOIN fact_budget b ON b.submission_id = n.submission_id
LEFT JOIN fact_progress pr ON pr.submission_id = n.submission_id
LEFT JOIN dim_agency a ON a.agency_id = n.agency_id
LEFT JOIN dim_fiscal_period fp ON fp.fiscal_period_id = n.fiscal_period_id
WHERE c.state = 'outdated'
  AND c.correction_id = (SELECT max(x.correction_id) FROM correction x
                         WHERE x.submission_id = c.submission_id AND x.field = c.field);

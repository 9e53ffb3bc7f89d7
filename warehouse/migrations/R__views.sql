-- Analyst views, re-created on every run (repeatable migration).

-- One row per loaded submission, latest version only: the contract dashboards and analysts rely on.
CREATE OR REPLACE VIEW v_submission_summary AS
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
    pr.progress_year_pct
FROM submission s
JOIN fact_budget b              ON b.submission_id = s.submission_id
LEFT JOIN fact_progress pr      ON pr.submission_id = s.submission_id
LEFT JOIN dim_agency a          ON a.agency_id = s.agency_id
LEFT JOIN dim_project p         ON p.project_id = s.project_id
LEFT JOIN dim_fiscal_period fp  ON fp.fiscal_period_id = s.fiscal_period_id
WHERE s.status = 'loaded' AND s.superseded_by IS NULL;

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

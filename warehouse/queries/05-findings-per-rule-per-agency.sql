-- แต่ละหน่วยงานมีข้อสังเกตด้านคุณภาพข้อมูลตามกฎใด กี่รายการ
-- How many data-quality findings does each agency have, per rule?
-- Counted over the latest submission of each project and period (one rendition per report).
SELECT l.agency, f.rule, f.severity, count(*) AS findings, count(DISTINCT l.project_id) AS projects
FROM dq_finding f
JOIN v_latest_submission l ON l.submission_id = f.submission_id
GROUP BY l.agency, f.rule, f.severity
ORDER BY l.agency, f.rule;

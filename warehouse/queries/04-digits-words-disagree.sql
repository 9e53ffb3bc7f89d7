-- จำนวนเงินในข้อ ๙ ที่ตัวเลขไม่ตรงกับจำนวนที่เขียนเป็นตัวอักษรในวงเล็บ มีที่ใดบ้าง
-- Where do the digits of a section ๙ amount disagree with the Thai words beside them?
-- From dq_finding (rule amount_words_disagree) for the latest submission of each project and period,
-- with both readings side by side (words that cannot be read as a number are another rule).
SELECT l.project_name, l.fiscal_year_be, l.quarter, f.field,
       CASE f.field WHEN 'allocated' THEN b.allocated WHEN 'contracted' THEN b.contracted
                    WHEN 'disbursed' THEN b.disbursed END AS digits_value,
       CASE f.field WHEN 'allocated' THEN b.allocated_words_value WHEN 'contracted' THEN b.contracted_words_value
                    WHEN 'disbursed' THEN b.disbursed_words_value END AS words_value
FROM dq_finding f
JOIN v_latest_submission l ON l.submission_id = f.submission_id
JOIN fact_budget b ON b.submission_id = f.submission_id
WHERE f.rule = 'amount_words_disagree'
ORDER BY l.project_name, f.field;

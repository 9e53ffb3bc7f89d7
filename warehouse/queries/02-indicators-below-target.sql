-- ตัวชี้วัดใดมีผลที่ได้ต่ำกว่าค่าเป้าหมาย
-- Which indicators report a result below their target?
-- Only indicators whose target and result are each one number (see v_kpi_attainment); a cell with
-- several sub-targets is 'unknown' and is not listed here.
SELECT project_name, fiscal_year_be, quarter, seq, kind, indicator, target_text, target_value,
       result_text, result_value
FROM v_kpi_attainment
WHERE attained = 'no'
ORDER BY project_name, seq;

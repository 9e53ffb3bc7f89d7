-- โครงการหลายปีตั้งค่าเป้าหมายอะไรไว้สำหรับปีงบประมาณถัดไป
-- What have multi-year projects committed to for the fiscal years after the one reported?
-- From section ๗'s per-year target columns (v_kpi_target, latest submission per project and
-- period); a year's cell of dashes only ("-", or "- - - -" for four sub-targets) is no target that
-- year and is left out. target_value is the cell's first number.
SELECT project_name, fiscal_year_be, seq, kind, indicator, year_be, target_text, target_value
FROM v_kpi_target
WHERE year_be > fiscal_year_be AND NOT regexp_full_match(target_text, '[-–—\s]+')
ORDER BY project_name, seq, year_be;

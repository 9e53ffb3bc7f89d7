-- โครงการใดเบิกจ่ายได้ต่ำกว่าร้อยละ ๕๐ ของงบประมาณที่ได้รับจัดสรร ณ สิ้นไตรมาส ๔
-- Which projects had disbursed less than 50% of their allocation at the end of Q4?
-- A project whose disbursement was not reported (a dotted blank in ๙.๓) is not in the answer: its
-- rate is unknown, not low. A dash (nil) counts as 0.00 and is in it.
SELECT agency, project_name, fiscal_year_be, allocated, disbursed, disbursement_rate
FROM v_budget_execution
WHERE quarter = 4 AND disbursement_rate < 0.5
ORDER BY fiscal_year_be, disbursement_rate, project_name;

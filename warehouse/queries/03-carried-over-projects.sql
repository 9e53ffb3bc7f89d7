-- โครงการใดเป็นโครงการกันเงินเหลื่อมปี (ดำเนินการต่อเนื่องจากปีงบประมาณก่อน) และมีวงเงินเท่าใด
-- Which projects run on money carried over from an earlier fiscal year, and how much money is it?
-- carried_over comes from §๘ ("ดำเนินการต่อเนื่องจากปีงบประมาณ ๒๕๖๖") or §๙'s note of the earlier year's
-- allocation. The earlier year's figures are the money mentions of §๙'s note; allocated / disbursed are
-- ๙.๑ / ๙.๓ of this year's report (the carried-over money, not a new allocation).
SELECT l.project_name,
       l.fiscal_year_be,
       b.carried_over_from_year_be,
       (SELECT m.amount FROM fact_money_mention m
        WHERE m.submission_id = l.submission_id AND m.kind = 'prior_year_allocated' ORDER BY m.seq LIMIT 1)
           AS allocated_in_origin_year,
       (SELECT m.amount FROM fact_money_mention m
        WHERE m.submission_id = l.submission_id AND m.kind = 'prior_year_balance' ORDER BY m.seq LIMIT 1)
           AS balance_carried,
       b.allocated,
       b.disbursed
FROM v_latest_submission l
JOIN fact_budget b USING (submission_id)
WHERE b.carried_over
ORDER BY allocated_in_origin_year DESC, l.project_name;

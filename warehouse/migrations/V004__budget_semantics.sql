-- What the form says about its money beyond the three figures of section ๙, as columns: carried over
-- from an earlier fiscal year (so not this year's allocation), reserved for disbursement after the year
-- (CX / กันเงินไว้เบิกเหลื่อมปี), contract not signed yet, and projects that use no budget. Each flag
-- keeps the sentence it was read from (*_source). Added at the end of fact_budget: the loader appends
-- columns in table order.
ALTER TABLE fact_budget ADD COLUMN carried_over BOOLEAN;
ALTER TABLE fact_budget ADD COLUMN carried_over_from_year_be INTEGER;
ALTER TABLE fact_budget ADD COLUMN carried_over_source VARCHAR;
ALTER TABLE fact_budget ADD COLUMN reserved BOOLEAN;
ALTER TABLE fact_budget ADD COLUMN reserved_amount DECIMAL(18,2);
ALTER TABLE fact_budget ADD COLUMN reserved_source VARCHAR;
ALTER TABLE fact_budget ADD COLUMN contract_unsigned BOOLEAN;
ALTER TABLE fact_budget ADD COLUMN no_budget BOOLEAN;
ALTER TABLE fact_budget ADD COLUMN no_budget_source VARCHAR;

-- Money stated outside ๙.๑–๙.๓ (notes, problems, section ๓'s extra allocation), one row per amount, with
-- the sentence it came from. quarter / fiscal_year_be are the period the amount is for (NULL when the
-- sentence names none), not the period of the report: join submission for that.
CREATE TABLE fact_money_mention (
    submission_id     BIGINT NOT NULL,
    seq               INTEGER NOT NULL,          -- 1.. in the form's order
    project_id        INTEGER,
    agency_id         INTEGER,
    fiscal_period_id  INTEGER,                   -- the report's period
    kind              VARCHAR NOT NULL,          -- additional_allocation, quarter_disbursed, prior_year_allocated, …
    quarter           INTEGER,
    fiscal_year_be    INTEGER,
    amount            DECIMAL(18,2) NOT NULL,
    sentence          VARCHAR NOT NULL,
    section           VARCHAR NOT NULL,          -- the form's section: '3', '9', '13', …
    PRIMARY KEY (submission_id, seq)
);

-- The rest of the form as text, per submission.
ALTER TABLE report_text ADD COLUMN objectives VARCHAR;          -- ๔
ALTER TABLE report_text ADD COLUMN targets VARCHAR;             -- ๕
ALTER TABLE report_text ADD COLUMN summary VARCHAR;             -- ๖
ALTER TABLE report_text ADD COLUMN benefits VARCHAR;            -- ๑๒
ALTER TABLE report_text ADD COLUMN problems VARCHAR;            -- ๑๓
ALTER TABLE report_text ADD COLUMN provinces VARCHAR[];         -- ๑๐: provinces named
ALTER TABLE report_text ADD COLUMN nationwide BOOLEAN;          -- ๑๐: ทั่วประเทศ
ALTER TABLE report_text ADD COLUMN duration VARCHAR;            -- ๘: before the activity table
ALTER TABLE report_text ADD COLUMN duration_months INTEGER;     -- ๘: "ทั้งโครงการ n ปี m เดือน"
ALTER TABLE report_text ADD COLUMN coordinator VARCHAR;         -- "ผู้ประสานรายงานข้อมูลโดย …"
ALTER TABLE report_text ADD COLUMN coordinator_phone VARCHAR;   -- "เบอร์โทรศัพท์ …"

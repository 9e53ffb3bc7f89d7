-- Indicators (sections ๗ / ๑๑.๑) and activities (sections ๘ / ๑๑.๒), one row per table row of the form,
-- keyed by the submission they came from (join to submission / v_submission_summary on submission_id).

CREATE TABLE fact_kpi (
    submission_id     BIGINT NOT NULL,
    seq               INTEGER NOT NULL,          -- 1.. in the table's order
    project_id        INTEGER,
    agency_id         INTEGER,
    fiscal_period_id  INTEGER,
    fiscal_year_be    INTEGER,
    quarter           INTEGER,
    source_section    VARCHAR NOT NULL,          -- '11.1' (target and result) or '7' (plan only)
    kind              VARCHAR,                   -- เชิงปริมาณ (quantitative) / เชิงคุณภาพ (qualitative)
    indicator         VARCHAR,
    unit              VARCHAR,                   -- ร้อยละ, เล่ม, วิชา, …
    target_year_be    INTEGER,
    target_text       VARCHAR,
    target_value      DECIMAL(18,2),
    result_text       VARCHAR,
    result_value      DECIMAL(18,2),
    result_status     VARCHAR NOT NULL,          -- VALUE, TEXT, NOT_REPORTED ("-"), BLANK
    PRIMARY KEY (submission_id, seq)
);

CREATE TABLE fact_activity (
    submission_id     BIGINT NOT NULL,
    seq               INTEGER NOT NULL,
    project_id        INTEGER,
    agency_id         INTEGER,
    fiscal_period_id  INTEGER,
    fiscal_year_be    INTEGER,
    quarter           INTEGER,
    activity          VARCHAR NOT NULL,
    planned_text      VARCHAR,                   -- section ๘'s period as typed
    planned_start     DATE,
    planned_end       DATE,
    result_text       VARCHAR,                   -- section ๑๑.๒'s whole result cell
    result_q1         VARCHAR,                   -- the part after "ไตรมาสที่ ๑", …
    result_q2         VARCHAR,
    result_q3         VARCHAR,
    result_q4         VARCHAR,
    PRIMARY KEY (submission_id, seq)
);

-- The count ๑๑.๒ declares beside the rows actually found, so a mismatch is one query away.
ALTER TABLE report_text ADD COLUMN activities_declared INTEGER;
ALTER TABLE report_text ADD COLUMN activities_found INTEGER;

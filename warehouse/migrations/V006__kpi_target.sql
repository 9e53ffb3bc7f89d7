-- Section ๗'s targets per fiscal year. A project that runs over several years has a target column per
-- year in its plan table ("ปี พ.ศ. ๒๕๖๗ | ปี พ.ศ. ๒๕๖๘"); fact_kpi keeps one target per indicator (the
-- reported year's, from ๑๑.๑ when it has a table), so the plan's other years live here: one row per
-- indicator per year column with a filled cell ("-": no target that year). Single-year plans have one
-- row per indicator. fiscal_year_be / quarter are the report's period; year_be is the target's year.
CREATE TABLE fact_kpi_target (
    submission_id     BIGINT NOT NULL,
    seq               INTEGER NOT NULL,          -- the indicator's place in ๗'s table (= fact_kpi.seq where source_section = '7')
    year_be           INTEGER NOT NULL,          -- the fiscal year the target is for
    project_id        INTEGER,
    agency_id         INTEGER,
    fiscal_period_id  INTEGER,
    fiscal_year_be    INTEGER,
    quarter           INTEGER,
    kind              VARCHAR,                   -- เชิงปริมาณ / เชิงคุณภาพ, or NULL (a whole-project row)
    indicator         VARCHAR,
    unit              VARCHAR,
    target_text       VARCHAR NOT NULL,          -- the cell as typed
    target_value      DECIMAL(18,2),             -- its first number; NULL for "-" or words only
    PRIMARY KEY (submission_id, seq, year_be)
);

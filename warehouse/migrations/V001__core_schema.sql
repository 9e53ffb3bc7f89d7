-- Core warehouse schema: one row per input file in `submission`, dimensions for agency, project and
-- fiscal period, and facts for the budget (section ๙) and progress (section ๑๔) of each loaded file.
-- Money is DECIMAL(18,2), never floating point. Every *_status column says how the form stated the
-- value: VALUE (a number), NIL (a dash: nothing, 0.00), BLANK (dotted blank: not reported, NULL),
-- MALFORMED (digits that are not a valid number, NULL), ABSENT (no such field in the file, NULL).

CREATE TABLE ingest_run (
    run_id          BIGINT PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    input_dir       VARCHAR NOT NULL,
    files_seen      INTEGER,
    files_new       INTEGER,
    loaded          INTEGER,
    rejected        INTEGER,
    duplicates      INTEGER,
    status          VARCHAR NOT NULL
);

CREATE TABLE dim_agency (
    agency_id       INTEGER PRIMARY KEY,
    agency_name     VARCHAR NOT NULL UNIQUE
);

CREATE TABLE dim_project (
    project_id      INTEGER PRIMARY KEY,
    agency_id       INTEGER NOT NULL,
    project_name    VARCHAR NOT NULL,          -- as first seen
    project_key     VARCHAR NOT NULL,          -- the name without spaces: a line break in a PDF
                                               -- cannot say whether a space stood between Thai words
    UNIQUE (agency_id, project_key)
);

-- Thai fiscal year: FY2567 runs 1 Oct 2023 – 30 Sep 2024; quarter 1 is Oct–Dec.
CREATE TABLE dim_fiscal_period (
    fiscal_period_id INTEGER PRIMARY KEY,      -- fiscal_year_be * 10 + quarter, e.g. 25674
    fiscal_year_be   INTEGER NOT NULL,
    quarter          INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    fiscal_year_ce   INTEGER NOT NULL,
    quarter_start    DATE NOT NULL,
    quarter_end      DATE NOT NULL
);

CREATE TABLE submission (
    submission_id    BIGINT PRIMARY KEY,
    run_id           BIGINT NOT NULL,
    processed_at     TIMESTAMP NOT NULL,
    path             VARCHAR NOT NULL,          -- relative to the drop folder
    file_name        VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL,
    size_bytes       BIGINT NOT NULL,
    modified_at      TIMESTAMP,
    detected_format  VARCHAR,                   -- docx, doc, pdf, xlsx, xls; NULL when unrecognised
    status           VARCHAR NOT NULL CHECK (status IN ('loaded', 'rejected', 'duplicate')),
    reason           VARCHAR,                   -- why rejected, or which file it duplicates
    agency_id        INTEGER,
    project_id       INTEGER,
    fiscal_period_id INTEGER,
    quarter_source   VARCHAR                    -- form (ticked box) or folder (drop folder's Qn)
);

CREATE TABLE fact_budget (
    submission_id         BIGINT PRIMARY KEY,
    project_id            INTEGER,
    agency_id             INTEGER,
    fiscal_period_id      INTEGER,
    fiscal_year_be        INTEGER,
    quarter               INTEGER,
    project_value         DECIMAL(18,2),
    project_value_status  VARCHAR NOT NULL,
    allocated             DECIMAL(18,2),
    allocated_status      VARCHAR NOT NULL,
    allocated_words       VARCHAR,
    allocated_words_value DECIMAL(18,2),
    contracted            DECIMAL(18,2),
    contracted_status     VARCHAR NOT NULL,
    contracted_words      VARCHAR,
    contracted_words_value DECIMAL(18,2),
    disbursed             DECIMAL(18,2),
    disbursed_status      VARCHAR NOT NULL,
    disbursed_words       VARCHAR,
    disbursed_words_value DECIMAL(18,2)
);

CREATE TABLE fact_progress (
    submission_id         BIGINT PRIMARY KEY,
    project_id            INTEGER,
    agency_id             INTEGER,
    fiscal_period_id      INTEGER,
    fiscal_year_be        INTEGER,
    quarter               INTEGER,
    progress_total_pct    DECIMAL(7,2),
    progress_total_status VARCHAR NOT NULL,
    progress_year_pct     DECIMAL(7,2),
    progress_year_status  VARCHAR NOT NULL
);

-- The form's free text that analysts read beside the numbers.
CREATE TABLE report_text (
    submission_id    BIGINT PRIMARY KEY,
    budget_plan      VARCHAR,                   -- section ๓: the plan the project runs under
    area             VARCHAR                    -- section ๑๐: where the project operates
);

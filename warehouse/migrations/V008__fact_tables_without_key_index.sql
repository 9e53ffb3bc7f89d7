-- The fact tables without their PRIMARY KEY constraints. DuckDB keeps an ART index for each such key,
-- updates it on every append and writes it out at every checkpoint: at 10,000 files the eight
-- indexes cost about a seventh of the whole ingest's CPU (benchmark/run.sh, README "Benchmark").
-- The keys stay unique without them: the loader hands out submission_id under the warehouse's write
-- lock and numbers seq / finding_no within a submission, and a batch already recorded is never
-- written again (tested on every sample-input run and after crash-and-restart). submission,
-- ingest_run and the dimensions keep their keys: they are small and looked up by key.
-- DuckDB cannot drop a constraint, so each table is rebuilt with the same columns, NOT NULLs and
-- CHECKs (meanings: warehouse/DATA-DICTIONARY.md) and its rows copied by name.

ALTER TABLE fact_budget RENAME TO fact_budget_v7;
CREATE TABLE fact_budget (
    submission_id BIGINT NOT NULL, project_id INTEGER, agency_id INTEGER, fiscal_period_id INTEGER,
    fiscal_year_be INTEGER, quarter INTEGER,
    project_value DECIMAL(18,2), project_value_status VARCHAR NOT NULL,
    allocated DECIMAL(18,2), allocated_status VARCHAR NOT NULL, allocated_words VARCHAR, allocated_words_value DECIMAL(18,2),
    contracted DECIMAL(18,2), contracted_status VARCHAR NOT NULL, contracted_words VARCHAR, contracted_words_value DECIMAL(18,2),
    disbursed DECIMAL(18,2), disbursed_status VARCHAR NOT NULL, disbursed_words VARCHAR, disbursed_words_value DECIMAL(18,2),
    carried_over BOOLEAN, carried_over_from_year_be INTEGER, carried_over_source VARCHAR,
    reserved BOOLEAN, reserved_amount DECIMAL(18,2), reserved_source VARCHAR,
    contract_unsigned BOOLEAN, no_budget BOOLEAN, no_budget_source VARCHAR
);
INSERT INTO fact_budget BY NAME SELECT * FROM fact_budget_v7;
DROP TABLE fact_budget_v7;

ALTER TABLE fact_progress RENAME TO fact_progress_v7;
CREATE TABLE fact_progress (
    submission_id BIGINT NOT NULL, project_id INTEGER, agency_id INTEGER, fiscal_period_id INTEGER,
    fiscal_year_be INTEGER, quarter INTEGER,
    progress_total_pct DECIMAL(7,2), progress_total_status VARCHAR NOT NULL,
    progress_year_pct DECIMAL(7,2), progress_year_status VARCHAR NOT NULL
);
INSERT INTO fact_progress BY NAME SELECT * FROM fact_progress_v7;
DROP TABLE fact_progress_v7;

ALTER TABLE report_text RENAME TO report_text_v7;
CREATE TABLE report_text (
    submission_id BIGINT NOT NULL, budget_plan VARCHAR, area VARCHAR,
    activities_declared INTEGER, activities_found INTEGER,
    objectives VARCHAR, targets VARCHAR, summary VARCHAR, benefits VARCHAR, problems VARCHAR,
    provinces VARCHAR[], nationwide BOOLEAN, duration VARCHAR, duration_months INTEGER,
    coordinator VARCHAR, coordinator_phone VARCHAR
);
INSERT INTO report_text BY NAME SELECT * FROM report_text_v7;
DROP TABLE report_text_v7;

ALTER TABLE fact_kpi RENAME TO fact_kpi_v7;
CREATE TABLE fact_kpi (
    submission_id BIGINT NOT NULL, seq INTEGER NOT NULL, project_id INTEGER, agency_id INTEGER,
    fiscal_period_id INTEGER, fiscal_year_be INTEGER, quarter INTEGER,
    source_section VARCHAR NOT NULL, kind VARCHAR, indicator VARCHAR, unit VARCHAR,
    target_year_be INTEGER, target_text VARCHAR, target_value DECIMAL(18,2),
    result_text VARCHAR, result_value DECIMAL(18,2), result_status VARCHAR NOT NULL
);
INSERT INTO fact_kpi BY NAME SELECT * FROM fact_kpi_v7;
DROP TABLE fact_kpi_v7;

ALTER TABLE fact_activity RENAME TO fact_activity_v7;
CREATE TABLE fact_activity (
    submission_id BIGINT NOT NULL, seq INTEGER NOT NULL, project_id INTEGER, agency_id INTEGER,
    fiscal_period_id INTEGER, fiscal_year_be INTEGER, quarter INTEGER,
    activity VARCHAR NOT NULL, planned_text VARCHAR, planned_start DATE, planned_end DATE,
    result_text VARCHAR, result_q1 VARCHAR, result_q2 VARCHAR, result_q3 VARCHAR, result_q4 VARCHAR
);
INSERT INTO fact_activity BY NAME SELECT * FROM fact_activity_v7;
DROP TABLE fact_activity_v7;

ALTER TABLE dq_finding RENAME TO dq_finding_v7;
CREATE TABLE dq_finding (
    submission_id BIGINT NOT NULL, finding_no INTEGER NOT NULL, section VARCHAR,
    field VARCHAR NOT NULL, rule VARCHAR NOT NULL,
    severity VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
    message_th VARCHAR NOT NULL, message_en VARCHAR NOT NULL, evidence VARCHAR
);
INSERT INTO dq_finding BY NAME SELECT * FROM dq_finding_v7;
DROP TABLE dq_finding_v7;

ALTER TABLE fact_money_mention RENAME TO fact_money_mention_v7;
CREATE TABLE fact_money_mention (
    submission_id BIGINT NOT NULL, seq INTEGER NOT NULL, project_id INTEGER, agency_id INTEGER,
    fiscal_period_id INTEGER, kind VARCHAR NOT NULL, quarter INTEGER, fiscal_year_be INTEGER,
    amount DECIMAL(18,2) NOT NULL, sentence VARCHAR NOT NULL, section VARCHAR NOT NULL
);
INSERT INTO fact_money_mention BY NAME SELECT * FROM fact_money_mention_v7;
DROP TABLE fact_money_mention_v7;

ALTER TABLE fact_kpi_target RENAME TO fact_kpi_target_v7;
CREATE TABLE fact_kpi_target (
    submission_id BIGINT NOT NULL, seq INTEGER NOT NULL, year_be INTEGER NOT NULL, project_id INTEGER,
    agency_id INTEGER, fiscal_period_id INTEGER, fiscal_year_be INTEGER, quarter INTEGER,
    kind VARCHAR, indicator VARCHAR, unit VARCHAR, target_text VARCHAR NOT NULL, target_value DECIMAL(18,2)
);
INSERT INTO fact_kpi_target BY NAME SELECT * FROM fact_kpi_target_v7;
DROP TABLE fact_kpi_target_v7;

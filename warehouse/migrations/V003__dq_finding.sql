-- Data-quality findings: one row per thing that looked wrong in a loaded submission, with the quoted
-- source text it rests on, so a person can check it without opening the file. Written in the same
-- transaction as the submission's own rows.
CREATE TABLE dq_finding (
    submission_id    BIGINT NOT NULL,
    finding_no       INTEGER NOT NULL,          -- order within the submission
    section          VARCHAR,                   -- the form's section ("9", "14"), "header", or "file"
    field            VARCHAR NOT NULL,          -- the warehouse column concerned, e.g. disbursed
    rule             VARCHAR NOT NULL,          -- stable rule id, e.g. disbursed_over_allocated
    severity         VARCHAR NOT NULL CHECK (severity IN ('error', 'warning')),
    message_th       VARCHAR NOT NULL,
    message_en       VARCHAR NOT NULL,
    evidence         VARCHAR,                   -- quoted source text; NULL only for a missing field
    PRIMARY KEY (submission_id, finding_no)
);

-- A later file for the same project and period supersedes an earlier one; history is kept.
ALTER TABLE submission ADD COLUMN superseded_by BIGINT;

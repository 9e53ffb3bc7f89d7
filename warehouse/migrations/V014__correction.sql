-- An analyst's correction of one figure of one submission (`report-etl correct FILE FIELD VALUE --reason …`).
-- Append-only: a row is never updated or deleted; a later correction of the same field of the same
-- file replaces an earlier one in the views (both stay here). The figure the file stated is kept beside
-- the corrected one. A correction applies to the report the file is a rendition of while that file is in
-- force; once the agency resubmits the file (a new version supersedes it) it stops applying and
-- v_finding says so (rule correction_outdated). See v_correction.
CREATE TABLE correction (
    correction_id           BIGINT PRIMARY KEY,
    submission_id           BIGINT NOT NULL,          -- the file version corrected
    path                    VARCHAR NOT NULL,         -- its path in the drop folder, and content hash
    sha256                  VARCHAR NOT NULL,
    field                   VARCHAR NOT NULL CHECK (field IN ('allocated', 'contracted', 'disbursed',
                                                  'progress_total_pct', 'progress_year_pct')),
    value_as_reported       DECIMAL(18,2),
    status_as_reported      VARCHAR,
    corrected_value         DECIMAL(18,2) NOT NULL,
    reason                  VARCHAR NOT NULL CHECK (length(trim(reason)) > 0),
    corrected_by            VARCHAR NOT NULL,
    corrected_at            TIMESTAMP NOT NULL
);

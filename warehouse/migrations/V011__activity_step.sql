-- A group activity's steps (issue 15): §๘ may schedule a group ("กิจกรรมที่ ๑ …") with numbered steps under
-- it; fact_activity holds the group as one row (as the declared count counts it), and its steps live here,
-- one row per step, joined to the group by (submission_id, activity_seq = fact_activity.seq). A plain
-- activity has no row here. No PRIMARY KEY index, as for the other fact tables since V008: the loader keeps
-- (submission_id, activity_seq, step_no) unique.
CREATE TABLE fact_activity_step (
    submission_id     BIGINT NOT NULL,
    activity_seq      INTEGER NOT NULL,          -- the group's fact_activity.seq
    step_no           INTEGER NOT NULL,          -- 1.. in §๘'s order
    project_id        INTEGER,
    agency_id         INTEGER,
    fiscal_period_id  INTEGER,
    fiscal_year_be    INTEGER,
    quarter           INTEGER,
    step              VARCHAR NOT NULL,          -- the step's name as typed ("๑. กระบวนการทางพัสดุ …")
    planned_text      VARCHAR,                   -- its §๘ period as typed
    planned_start     DATE,
    planned_end       DATE
);

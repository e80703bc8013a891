-- Progress reports (báo cáo tiến độ) on the plans' tasks and targets: the department's report
-- forms, each unit's report per period with its approvals, and the history of every report.

CREATE TABLE progress_report_form
(
  id                        UUID PRIMARY KEY,
  plan_id                   UUID        NOT NULL REFERENCES plan (id),
  -- exactly one of the two: the form is on a task or on a target
  task_id                   UUID REFERENCES plan_task (id),
  target_id                 UUID REFERENCES plan_target (id),
  title                     TEXT        NOT NULL,
  period_type               TEXT        NOT NULL CHECK (period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'SCHOOL_YEAR')),
  -- ANNUAL: day due_day of month due_month; AFTER_PERIOD: day due_day of the month
  -- due_months_after_period months after the period's last month
  due_kind                  TEXT        NOT NULL CHECK (due_kind IN ('ANNUAL', 'AFTER_PERIOD')),
  due_month                 INT CHECK (due_month BETWEEN 1 AND 12),
  due_day                   INT         NOT NULL CHECK (due_day BETWEEN 1 AND 31),
  due_months_after_period   INT CHECK (due_months_after_period BETWEEN 0 AND 12),
  first_period              TEXT        NOT NULL,
  last_period               TEXT        NOT NULL,
  values_required           BOOLEAN     NOT NULL,
  -- the reporting units the department named; empty: the task's or target's units
  unit_codes                TEXT[]      NOT NULL DEFAULT '{}',
  revision                  BIGINT      NOT NULL,
  created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((task_id IS NULL) <> (target_id IS NULL)),
  CHECK ((due_kind = 'ANNUAL') = (due_month IS NOT NULL)),
  CHECK ((due_kind = 'AFTER_PERIOD') = (due_months_after_period IS NOT NULL))
);
-- the natural key: one form per task or target and period type
CREATE UNIQUE INDEX progress_report_form_subject_key
  ON progress_report_form (coalesce(task_id, target_id), period_type);
CREATE INDEX progress_report_form_plan_idx ON progress_report_form (plan_id, created_at DESC);

CREATE TABLE progress_report
(
  id                 UUID PRIMARY KEY,
  form_id            UUID        NOT NULL REFERENCES progress_report_form (id),
  unit_code          TEXT        NOT NULL,
  period_type        TEXT        NOT NULL,
  period_code        TEXT        NOT NULL,
  period_start       DATE        NOT NULL,
  period_end         DATE        NOT NULL,
  due_on             DATE        NOT NULL,
  status             TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED_BY_COMMUNE', 'APPROVED', 'REJECTED', 'REOPENED')),
  value              NUMERIC,
  percent_complete   NUMERIC(5, 2) CHECK (percent_complete BETWEEN 0 AND 100),
  narrative          TEXT CHECK (char_length(narrative) <= 4000),
  -- the first submission (kept across a reopening) and whether its Vietnamese date was <= due_on
  submitted_at       TIMESTAMPTZ,
  on_time            BOOLEAN,
  -- the rejected report this one continues
  replaces_report_id UUID REFERENCES progress_report (id),
  revision           BIGINT      NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((submitted_at IS NULL) = (on_time IS NULL)),
  CHECK ((status = 'DRAFT') = (submitted_at IS NULL)),
  CHECK (period_start <= period_end)
);
-- A unit's current report of a period (rejected reports stay as history): the lock target of
-- every save and submission, and the statistics' lookup by form and period.
CREATE UNIQUE INDEX progress_report_current_key
  ON progress_report (form_id, period_code, unit_code) WHERE status <> 'REJECTED';
-- a unit's reports ("my reports", reminders, a unit's history)
CREATE INDEX progress_report_unit_idx ON progress_report (unit_code, form_id, period_start);

-- Approved and rejected data is immutable, whatever the code path: an approved report only moves
-- to REOPENED (by decision) with its content unchanged; a rejected one never changes.
CREATE FUNCTION progress_report_guard() RETURNS trigger AS
$$
BEGIN
  IF OLD.status = 'REJECTED'
    OR (OLD.status = 'APPROVED'
      AND (NEW.status NOT IN ('APPROVED', 'REOPENED')
        OR NEW.value IS DISTINCT FROM OLD.value
        OR NEW.percent_complete IS DISTINCT FROM OLD.percent_complete
        OR NEW.narrative IS DISTINCT FROM OLD.narrative)) THEN
    RAISE EXCEPTION 'progress report % is locked (%)', OLD.id, OLD.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER progress_report_locked
  BEFORE UPDATE ON progress_report
  FOR EACH ROW EXECUTE FUNCTION progress_report_guard();

-- The history of a report: submissions, approvals, rejections, reopenings (append-only).
CREATE TABLE progress_report_step
(
  report_id       UUID        NOT NULL REFERENCES progress_report (id),
  seq             INT         NOT NULL,
  action          TEXT        NOT NULL CHECK (action IN ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'REOPENED')),
  level           TEXT CHECK (level IN ('COMMUNE', 'DEPARTMENT')),
  unit_code       TEXT        NOT NULL,
  at              TIMESTAMPTZ NOT NULL,
  reason          TEXT,
  decision_number TEXT,
  decision_date   DATE,
  PRIMARY KEY (report_id, seq),
  CHECK (action <> 'REOPENED' OR decision_number IS NOT NULL)
);

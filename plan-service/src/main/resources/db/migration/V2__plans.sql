-- Plans (kế hoạch), their targets (chỉ tiêu), tasks (nhiệm vụ) and the assignments of tasks to
-- units, with each unit's status and completion. Percentages of tasks and plans are not stored:
-- they are rolled up from the assignments on reading (see ProgressRollUp).

CREATE TABLE plan
(
  id                UUID PRIMARY KEY,
  number            TEXT        NOT NULL,
  issued_on         DATE        NOT NULL,
  issuing_unit_code TEXT        NOT NULL,
  issuing_authority TEXT        NOT NULL CHECK (issuing_authority IN ('PEOPLES_COMMITTEE', 'DEPARTMENT')),
  title             TEXT        NOT NULL,
  -- the title and number without diacritics, lower case: "hoc ba so" finds "Học bạ số"
  search_text       TEXT        NOT NULL,
  purpose           TEXT,
  requirements      TEXT,
  status            TEXT        NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'IN_PROGRESS', 'CLOSED')),
  legal_bases       JSONB       NOT NULL DEFAULT '[]',
  phases            JSONB       NOT NULL DEFAULT '[]',
  attachments       JSONB       NOT NULL DEFAULT '[]',
  revision          BIGINT      NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- the natural key: a second POST of the same document answers 409 plan-exists
  CONSTRAINT plan_number_key UNIQUE (issuing_unit_code, number)
);
CREATE INDEX plan_number_idx ON plan (number);
CREATE INDEX plan_issued_on_idx ON plan (issued_on DESC, number);

CREATE TABLE plan_target
(
  id                UUID PRIMARY KEY,
  plan_id           UUID    NOT NULL REFERENCES plan (id),
  ordinal           INT     NOT NULL,
  indicator         TEXT    NOT NULL,
  unit_of_measure   TEXT    NOT NULL,
  target_value      NUMERIC NOT NULL,
  baseline          NUMERIC,
  min_value         NUMERIC,
  max_value         NUMERIC,
  deadline_kind     TEXT CHECK (deadline_kind IN ('DATE', 'MONTH', 'QUARTER', 'YEAR')),
  deadline_value    TEXT,
  scope_level       TEXT    NOT NULL CHECK (scope_level IN ('PROVINCE', 'COMMUNE', 'SCHOOL')),
  education_level   TEXT,
  scope_unit_codes  TEXT[]  NOT NULL DEFAULT '{}',
  source            TEXT    NOT NULL CHECK (source IN ('REPORTED', 'COMPUTED')),
  CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);
CREATE INDEX plan_target_plan_idx ON plan_target (plan_id, ordinal);

CREATE TABLE plan_task
(
  id                      UUID PRIMARY KEY,
  plan_id                 UUID        NOT NULL REFERENCES plan (id),
  -- deferred: a plan document may list a sub-task before its parent
  parent_task_id          UUID REFERENCES plan_task (id) DEFERRABLE INITIALLY DEFERRED,
  number                  TEXT        NOT NULL,
  ordinal                 INT         NOT NULL,
  content                 TEXT        NOT NULL,
  lead_unit_code          TEXT        NOT NULL,
  coordinating_unit_codes TEXT[]      NOT NULL DEFAULT '{}',
  deadline_kind           TEXT        NOT NULL CHECK (deadline_kind IN ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING')),
  deadline_value          TEXT,
  deadline_recurrence     TEXT,
  -- last day of the deadline (end of the month, quarter, year); null for recurring tasks
  due_date                DATE,
  approving_authority     TEXT CHECK (approving_authority IN ('PEOPLES_COMMITTEE', 'DEPARTMENT')),
  responsibilities        JSONB       NOT NULL DEFAULT '{}',
  weight                  NUMERIC     NOT NULL DEFAULT 1 CHECK (weight > 0),
  -- derived from the assignments and stored so that each transition is announced once
  status                  TEXT        NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE', 'CANCELLED')),
  revision                BIGINT      NOT NULL,
  updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT plan_task_number_key UNIQUE (plan_id, number),
  CHECK (parent_task_id IS NULL OR parent_task_id <> id)
);
CREATE INDEX plan_task_plan_idx ON plan_task (plan_id, ordinal);
CREATE INDEX plan_task_parent_idx ON plan_task (parent_task_id) WHERE parent_task_id IS NOT NULL;

-- One unit's share of a task. plan_id and due_date are copied from the task so that "my tasks"
-- (≈ 5,000 assignments in a province, a handful to a few hundred per unit) is answered from one
-- index range scan per unit, ordered by due date, without touching the task table for filtering.
CREATE TABLE plan_task_assignment
(
  task_id          UUID          NOT NULL REFERENCES plan_task (id),
  unit_code        TEXT          NOT NULL,
  plan_id          UUID          NOT NULL REFERENCES plan (id),
  status           TEXT          NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE', 'CANCELLED')),
  percent_complete NUMERIC(5, 2) NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
  due_date         DATE,
  updated_on       DATE          NOT NULL,
  revision         BIGINT        NOT NULL,
  updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
  PRIMARY KEY (task_id, unit_code),
  CHECK (status <> 'COMPLETED' OR percent_complete = 100),
  CHECK (status <> 'NOT_STARTED' OR percent_complete = 0)
);
-- "my tasks" and reminders: WHERE unit_code = ANY(..) [AND status ..] ORDER BY due_date
CREATE INDEX plan_assignment_unit_idx ON plan_task_assignment (unit_code, status, due_date)
  INCLUDE (task_id, plan_id, percent_complete);
-- the nightly overdue scan of a plan: its open assignments by due date
CREATE INDEX plan_assignment_open_idx ON plan_task_assignment (plan_id, due_date)
  WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');

-- The units a plan involves (issuing, lead, coordinating, assigned): "the plans that involve my
-- unit" is one index lookup. Rebuilt from the plan's tasks on every change of them.
CREATE TABLE plan_involvement
(
  unit_code TEXT NOT NULL,
  plan_id   UUID NOT NULL REFERENCES plan (id),
  PRIMARY KEY (unit_code, plan_id)
);
CREATE INDEX plan_involvement_plan_idx ON plan_involvement (plan_id);

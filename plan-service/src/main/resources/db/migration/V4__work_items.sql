-- "My tasks" of a unit together with the units below it (a commune and its schools, a ward of a
-- large city with dozens of schools). Answering it from the assignment index meant one range per
-- school, then sorting and counting every open assignment of the commune before the first page
-- could be sent: the time grew with the number of schools. A work item lists one assignment of a
-- running plan under its own unit and under each ancestor of that unit on the current tree, so
-- the commune's page is the first rows of one index range, whatever the number of schools.
-- Maintained in the transaction of every change of an assignment, task or plan status, and of
-- every move in the tree (see JdbcPlanProjections); rebuilt whole when the service starts.

-- The ancestors of each unit on the current tree (not the unit itself), as the work items follow
-- them: the department's tree has about 1,000 units and three levels.
CREATE TABLE plan_unit_ancestor
(
  unit_code     TEXT NOT NULL,
  ancestor_code TEXT NOT NULL,
  PRIMARY KEY (unit_code, ancestor_code),
  CHECK (unit_code <> ancestor_code)
);
CREATE INDEX plan_unit_ancestor_ancestor_idx ON plan_unit_ancestor (ancestor_code);

CREATE TABLE plan_work_item
(
  -- the unit whose list shows the item: the assigned unit itself or one of its ancestors
  viewer_unit_code TEXT NOT NULL,
  task_id          UUID NOT NULL,
  unit_code        TEXT NOT NULL,
  plan_id          UUID NOT NULL,
  -- copied from the plan and task for the order of the list (both fixed once the plan is issued)
  plan_number      TEXT NOT NULL,
  task_ordinal     INT  NOT NULL,
  -- copied from the assignment for the filters; the page itself is read from the assignment
  status           TEXT NOT NULL,
  due_date         DATE,
  PRIMARY KEY (viewer_unit_code, task_id, unit_code),
  FOREIGN KEY (task_id, unit_code) REFERENCES plan_task_assignment (task_id, unit_code)
);
-- the list in its order: WHERE viewer_unit_code = :unit [AND status ...] ORDER BY due_date ... LIMIT
CREATE INDEX plan_work_item_due_idx ON plan_work_item
  (viewer_unit_code, due_date, plan_number, task_ordinal, unit_code) INCLUDE (status, plan_id);
-- maintenance: the items of one assignment, one task, one plan
CREATE INDEX plan_work_item_assignment_idx ON plan_work_item (task_id, unit_code);
CREATE INDEX plan_work_item_plan_idx ON plan_work_item (plan_id);
CREATE INDEX plan_work_item_unit_idx ON plan_work_item (unit_code);

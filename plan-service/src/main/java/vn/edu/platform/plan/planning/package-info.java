/**
 * The department's plans (kế hoạch): their legal bases, phases and targets (chỉ tiêu), the tasks of
 * their appendices with lead, coordinating and assigned units and deadlines, the progress each
 * assigned unit records, its roll-up to the plan, overdue detection, reminders and exports. Scope:
 * the department manages plans; every other unit sees the plans and tasks that involve it.
 */
package vn.edu.platform.plan.planning;

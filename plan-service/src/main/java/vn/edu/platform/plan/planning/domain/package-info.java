/**
 * The rules of plans and tasks, free of frameworks: status transitions, deadlines (date, month,
 * quarter, year or recurring) and when they pass, the weighted roll-up of progress, the checks of a
 * plan document (dates, units, task tree, indicator ranges).
 */
package vn.edu.platform.plan.planning.domain;

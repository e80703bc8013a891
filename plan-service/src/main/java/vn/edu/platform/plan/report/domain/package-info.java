/**
 * The rules of progress reports, free of frameworks: reporting periods and their arithmetic (month,
 * quarter, half year, year, school year), due rules, report forms, the report's life cycle (draft,
 * submission, bottom-up approval, rejection, reopening by decision) with its locking, and the
 * counting of reporting rate and timeliness.
 */
package vn.edu.platform.plan.report.domain;

/**
 * student-record-service's events about school records (học bạ): submitted, reopened, signed by the
 * homeroom teacher and by the principal, locked, corrected, the year's final results, and the
 * extracts issued of a signed record. Keyed by {@code studentCode/schoolYear}, so every version of
 * a student's record of a year stays in order; they carry codes and levels only, never names, birth
 * dates, personal IDs, scores or comments.
 */
package vn.edu.platform.events.studentrecord;

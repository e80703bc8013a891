/**
 * Integration events of student-record-service (học bạ số) about its students: a student enrolled
 * in a class of a school for a school year, and transferred from a school (to another school of the
 * province or out of it). They are keyed by the student code (mã định danh học sinh) and carry
 * codes only — school codes, school year, grade, class name and id, dates — never a name, a date of
 * birth, a personal identification number or a reason. Reporting builds its per-school counts from
 * them; a consumer that needs more asks the service, which checks its purpose and audits the read.
 */
package vn.edu.platform.events.studentrecord;

/**
 * The student feature's use cases: each command locks the student (or the class) it changes, checks
 * the requester's reach, lets the aggregates decide, stores the new state and hands the events to
 * {@code StudentChanges} (audit trail and public events) in one transaction. Reads answer within
 * the requester's reach and audit every read from outside the school holding the file.
 */
package vn.edu.platform.studentrecord.student.application;

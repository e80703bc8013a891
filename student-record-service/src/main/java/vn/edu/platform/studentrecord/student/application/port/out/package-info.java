/**
 * What the student feature needs from outside: a repository per aggregate, its lists, its outbox,
 * the organisation replica's schools and the bulk import's ledger.
 */
package vn.edu.platform.studentrecord.student.application.port.out;

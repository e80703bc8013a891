/**
 * Extracts of school records (trích lục học bạ): a PDF that reproduces a record the principal
 * signed (its identity, the year's results, its signers and version), numbered per school and year,
 * issued for a stated purpose to a reader of the record, sealed by the service at PAdES and logged;
 * and the public verification of an extract by the code its QR carries, which answers, without an
 * account, whether the record exists as the extract says, with the student's name masked. The seal
 * attests that the extract reproduces the signed record; the signatures of the homeroom teacher and
 * the principal stay those of the JSON record.
 */
@NullMarked
package vn.edu.platform.studentrecord.extract;

import org.jspecify.annotations.NullMarked;

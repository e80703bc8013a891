package vn.edu.platform.events.studentrecord;

import static vn.edu.platform.events.EventPreconditions.check;
import static vn.edu.platform.events.EventPreconditions.required;
import static vn.edu.platform.events.EventPreconditions.text;
import static vn.edu.platform.events.studentrecord.RecordEventRules.SCHOOL_YEAR;
import static vn.edu.platform.events.studentrecord.RecordEventRules.STUDENT_CODE;

import java.time.Instant;
import java.util.UUID;
import vn.edu.platform.events.EventType;
import vn.edu.platform.events.IntegrationEvent;
import vn.edu.platform.events.Topics;

/**
 * Record signed (ký học bạ): A record was signed: by the homeroom teacher (the individual
 * signature) or by the principal on behalf of the school (the institution signature), at JAdES
 * baseline-LT, with a certificate the register of signers allowed.
 *
 * @param recordId the record version the event is about.
 * @param version the record's version: 1, then +1 for every correction.
 * @param studentCode the student's code in the sector (mã định danh học sinh).
 * @param schoolYear the school year, e.g. 2025-2026.
 * @param schoolCode the school that owns the record (the student's school that year).
 * @param grade the grade, 1-12.
 * @param role which signature of the record: HOMEROOM_TEACHER or PRINCIPAL.
 * @param signerRole the capacity the certificate is registered in (VICE_PRINCIPAL signs PRINCIPAL
 *     by delegation).
 * @param certificateFingerprint SHA-256 of the signing certificate, as the register of signers
 *     names it.
 * @param jobId the signing job (a class or a school signed in one action).
 * @param signedAt when it was signed, RFC 3339 in UTC (the signature's own time-stamp is in the
 *     signature).
 */
@EventType(
    type = "vn.edu.platform.studentrecord.RecordSigned",
    version = 1,
    topic = Topics.STUDENT_RECORD_RECORD,
    source = "student-record-service")
public record RecordSigned(
    UUID eventId,
    Instant occurredAt,
    UUID recordId,
    int version,
    String studentCode,
    String schoolYear,
    String schoolCode,
    int grade,
    SignedAs role,
    SignerCapacity signerRole,
    String certificateFingerprint,
    UUID jobId,
    Instant signedAt)
    implements IntegrationEvent {

  public RecordSigned {
    required(eventId, "eventId");
    required(occurredAt, "occurredAt");
    required(recordId, "recordId");
    studentCode = text(studentCode, "studentCode");
    schoolYear = text(schoolYear, "schoolYear");
    schoolCode = text(schoolCode, "schoolCode");
    required(role, "role");
    required(signerRole, "signerRole");
    certificateFingerprint = text(certificateFingerprint, "certificateFingerprint");
    required(jobId, "jobId");
    required(signedAt, "signedAt");
    check(version >= 1, "version is at least 1");
    check(grade >= 1 && grade <= 12, "grade is 1-12");
    check(STUDENT_CODE.matcher(studentCode).matches(), "studentCode is 10 digits");
    check(SCHOOL_YEAR.matcher(schoolYear).matches(), "schoolYear is like 2025-2026");
  }

  @Override
  public String subject() {
    return studentCode + "/" + schoolYear;
  }
}
